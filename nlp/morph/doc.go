// Package morph fills the Universal Dependencies morphological features
// (FEATS: Number, Person, Tense, VerbForm, Mood, Voice, Degree, PronType,
// Case, ...) of each word of a tagged and lemmatized sentence.
//
// Most words' features follow from their tags: every feature set ever seen
// with the word's UPOS and XPOS in training is a candidate, and when there
// is one it is the answer. Otherwise an averaged perceptron (package
// perceptron) chooses among the candidates from the word, its ending and
// lemma, its neighbours, and the nearest word to its left that can be a
// subject ("we were" → Number=Plur|Person=1 on were).
package morph
