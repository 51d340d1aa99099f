// Package perceptron is the learning machinery shared by the language
// core's models (tagger, parser, name finder): a multiclass averaged
// perceptron over hashed sparse features (Collins 2002; the design of the
// first spaCy and of Honnibal's "A good part-of-speech tagger in about 200
// lines of Python"), trained with a [Trainer] and frozen into a compact,
// read-only [Model] that is safe to share across goroutines.
//
// A feature is a uint64 key made with [Hash]: a template number mixed with
// the strings and numbers it reads ("suffix of the next word = ing"). Each
// key has a sparse row of weights, one per class it was ever updated for.
// Freezing averages the weights, drops those below a threshold (pruning),
// and stores the rest as int16 with one scale for the model (quantization),
// so a model of a few hundred thousand features fits in a few megabytes.
//
// Scoring is bound by memory reads, one or two per feature: a model's rows
// are indexed by an open-addressing table whose slot points to its row
// (two reads), or, for a model of at most fourteen classes, holds the row
// itself with its weights on a logarithmic scale of 127 levels (one read;
// see inline.go). Most features asked about are in no model: a small filter
// of the keys, read first, turns most of those away without reading the
// index (filter.go). Several lists of features scored into separate
// scores (the parser's parts of a configuration, the tagger's window
// offsets) go to [Model.ScoreParts] together, so that the reads of all of
// them overlap.
package perceptron
