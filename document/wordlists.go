package document

import (
	_ "embed"

	"github.com/chronograph-news/chronograph/internal/wordlist"
)

// wordsYAML holds the word lists of the document reader, one per key.
//
//go:embed data/words.yaml
var wordsYAML []byte

// wordsFile names data/words.yaml in errors.
const wordsFile = "document: data/words.yaml"

// wordLists are the lists of data/words.yaml, read once when the package
// is loaded; they are never modified.
var wordLists = wordlist.MustParse(wordsFile, wordsYAML)

// wordList returns the list of key in data/words.yaml; a key missing
// there is a build defect.
func wordList(key string) map[string]bool { return wordLists.List(wordsFile, key) }

// openHyphenWords are the words after a hyphen and a space that leave the
// hyphen open (MendHyphens).
var openHyphenWords = wordList("open_hyphen_words")
