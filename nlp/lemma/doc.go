// Package lemma finds the lemma of each word of a tagged sentence
// ("running" VBG → "run", "Mice" NNS → "mouse") with rules learned from a
// treebank.
//
// A rule is an edit of the word's end ("strip ies, append y"), applied to
// the lowercased word or to the word as written (proper nouns keep their
// capitals). The rule for a word is the one seen most often in training
// with the longest ending of the word that was seen with its tag (XPOS,
// else UPOS). Words the rules get wrong in training (went → go, 's → be)
// are kept in a list of exceptions, looked up first.
package lemma
