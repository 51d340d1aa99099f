// Package nlp is chronograph's language core: it reads a sentence the way
// Universal Dependencies does — words with part-of-speech tags (UPOS and
// Penn Treebank XPOS), lemmas and morphological features, a dependency
// tree with UD basic relations — and finds the names in it (PER, ORG, LOC).
//
// Each step is a model of its own package, trained here from open
// treebanks by `go run ./nlp/cmd/train` and embedded (package models):
//
//	token   text → words and sentences (UD conventions: do|n't, Putin|'s)
//	tagger  words → UPOS, XPOS            (averaged perceptron, greedy)
//	lemma   word, tags → lemma            (learned edit rules + exceptions)
//	morph   word, tags, lemma → FEATS     (learned tables)
//	parser  words, tags → HEAD, DEPREL    (transition-based, perceptron)
//	ner     words, tags → IOB2 names      (averaged perceptron, beam search)
//
// A [Pipeline] is loaded once ([Default]) and is read-only: one may serve
// any number of goroutines.
package nlp
