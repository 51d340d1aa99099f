// Package tagger assigns part-of-speech tags to the words of a sentence:
// the Universal Dependencies tag (UPOS) and the Penn Treebank tag (XPOS),
// predicted together as one joint label by a greedy left-to-right
// averaged perceptron (see package perceptron).
//
// The features are the classic ones: the word and its lowercase form,
// prefixes and suffixes, shape and case, the words two to either side with
// their suffixes and the tags each was seen with in training (its
// ambiguity class, and that of its lowercase form when it is capitalized:
// how "Apple" is used when written "apple"), the word pairs it makes with
// its neighbours, the case of the sentence, and the one or two tags
// already predicted to the left (alone, and with the word's ending or the
// next word's ambiguity class).
// Frequent words that were seen with one tag almost always are tagged from
// a dictionary without scoring.
//
// Tagging is fast because everything that depends on a word alone is
// summed once, when the model is loaded: for each dictionary word the
// model keeps the score vector that its features add at each of the five
// positions of the window; the features of the previous tags and of the
// case have dense tables too. Tagging a token is then a map look-up, one
// pass summing nine vectors, and four feature look-ups for what remains
// (the previous tag with the word's ending and with the next word's
// ambiguity class, and the word pairs).
package tagger
