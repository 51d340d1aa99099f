// Package conllu holds the data of one analysed sentence in the shape of
// Universal Dependencies (tokens with form, lemma, UPOS, XPOS, features,
// head, relation and MISC) and reads and writes it as CoNLL-U
// (https://universaldependencies.org/format.html).
//
// It is the common currency of the language core: the tagger, lemmatizer,
// parser and name finder read and fill a [Sentence]; the treebanks they are
// trained on are read with [Read]; `chronograph parse` writes with [Write].
// Multiword-token lines ("3-4 don't") and empty nodes ("5.1") are kept
// verbatim so that a re-annotated file keeps every line it had.
package conllu
