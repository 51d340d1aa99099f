// Package wordnet holds what chronograph takes from Princeton WordNet 3.1:
// the lexicographer class of each English common noun in its most frequent
// sense — whether "member" names a person (noun.person), "number" a
// quantity, "committee" a group, "rioting" an act.
//
// The classes are converted from WordNet's database files (index.noun,
// data.noun) by `go run ./nlp/wordnet/cmd/convert DICT_DIR` into
// data/nouns.tsv.gz, which the package embeds; data/README.md gives the
// source and WordNet's license. [Noun] looks a noun up.
package wordnet
