// Package segment measures tokenization and sentence splitting against a
// Universal Dependencies treebank, as the CoNLL 2018 shared task does for
// raw text: the raw text of each document is rebuilt from the CoNLL-U
// file (# newdoc, # newpar, word forms and SpaceAfter=No), a splitter is
// run on it, and its words and sentences are scored by exact character
// spans (precision, recall and F1).
//
// A multiword token ("don't" = "do" + "n't") whose word forms concatenate
// to its surface form gives each word its own sub-span; otherwise (English
// has few: "won't" = "wo" + "n't" does concatenate) its words share the
// span of the token.
package segment
