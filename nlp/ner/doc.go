// Package ner is the language core's name finder: it labels the names of
// persons (PER), organizations (ORG) and locations (LOC) in a tagged
// sentence with IOB2 labels ("B-PER", "I-PER", "O").
//
// The model is a left-to-right sequence labeller over BILOU labels
// (Begin, Inside, Last, Outside, Unit), scored by an averaged perceptron
// (package perceptron) and constrained so that its output is always a
// well-formed sequence of names. It decodes by beam search, keeping the
// best labellings of distinct last two labels, and is trained as a
// structured perceptron on that same search (max-violation updates), so
// that an early mistake does not decide the rest of the sentence as it
// would in a greedy labeller. Its features read the word and its
// neighbours, their shape, affixes and part-of-speech tags (UPOS and XPOS,
// from the tagger), the run of capitalized words or proper nouns the word
// is in (so that "Goldman" already sees "Markets" in "Goldman Sachs
// Capital Markets"), the labels already chosen, and a lexicon the training
// derives from its own data: how often a word is capitalized, a proper
// noun, or inside names of each type. Two optional sources of outside
// knowledge, given to Train in Config and kept in the model, add
// features: a [Gazetteer] (filled by the training command from the project's actor
// files and the countries library: known names of persons, organizations, countries
// and places, and word classes such as titles and corporate suffixes,
// matched longest first) and a [Lexicon] of unlabelled news text
// ([NewLexicon], [Lexicon.AddText]: how often a word is capitalized inside a
// sentence, and whether it stands after "Mr.", before "Inc.", after "in"
// or before "said").
//
// The training data are UD treebanks whose MISC column carries the gold
// labels as "NER=B-PER": [FromGUM] derives them from the entity annotation
// of English-GUM, [ReadIOB2] with [Attach] adds them from Universal NER
// files, and [TrainingSet] assembles the shipped model's recipe for
// [Train]. [Score] compares labellings by exact span and type.
package ner
