// Package udeval scores an annotated CoNLL-U file against gold as the
// CoNLL 2018 shared task does on gold tokenization: the accuracy of UPOS,
// XPOS, UFeats, AllTags and LEMMA, and the attachment scores UAS and LAS
// (LAS compares the universal part of the relation, "nsubj" for
// "nsubj:pass", as the task's script does; LAS with subtypes is reported
// beside it). It also counts the worst confusions, so that an evaluation
// says not only how much is wrong but what.
package udeval
