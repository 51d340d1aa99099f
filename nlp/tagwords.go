package nlp

import (
	_ "embed"

	"github.com/chronograph-news/chronograph/internal/wordlist"
)

// tagWordsYAML holds the word lists of the tag repair, one per key.
//
//go:embed data/tagrepair.yaml
var tagWordsYAML []byte

// tagWordsFile names data/tagrepair.yaml in errors.
const tagWordsFile = "nlp: data/tagrepair.yaml"

// tagWordLists are the lists of data/tagrepair.yaml, read once when the
// package is loaded; they are never modified.
var tagWordLists = wordlist.MustParse(tagWordsFile, tagWordsYAML)

// tagWordList returns the list of key in data/tagrepair.yaml; a key
// missing there is a build defect.
func tagWordList(key string) map[string]bool { return tagWordLists.List(tagWordsFile, key) }
