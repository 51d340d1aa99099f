package token

import (
	_ "embed"

	"github.com/chronograph-news/chronograph/internal/wordlist"
)

// wordsYAML holds the word lists of the tokenizer, one per key.
//
//go:embed data/words.yaml
var wordsYAML []byte

// wordsFile names data/words.yaml in errors.
const wordsFile = "token: data/words.yaml"

// wordLists are the lists of data/words.yaml, read once when the package
// is loaded; they are never modified.
var wordLists = wordlist.MustParse(wordsFile, wordsYAML)

// wordList returns the list of key in data/words.yaml; a key missing
// there is a build defect.
func wordList(key string) map[string]bool { return wordLists.List(wordsFile, key) }

// lowerASCII folds the ASCII capitals of b to lower case in place.
func lowerASCII(b []byte) {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}
