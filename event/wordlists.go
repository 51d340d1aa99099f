package event

import (
	_ "embed"
	"fmt"

	"gopkg.in/yaml.v3"
)

// wordsYAML holds the word lists of the event rules, one per key.
//
//go:embed data/words.yaml
var wordsYAML []byte

// wordLists are the lists of data/words.yaml, read once when the package
// is loaded; they are never modified.
var wordLists = mustParseWordLists(wordsYAML)

// parseWordLists reads a YAML mapping of keys to lists of words.
func parseWordLists(data []byte) (map[string]map[string]bool, error) {
	var raw map[string][]string
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("words.yaml: %w", err)
	}
	out := make(map[string]map[string]bool, len(raw))
	for k, ws := range raw {
		if len(ws) == 0 {
			return nil, fmt.Errorf("words.yaml: %s: empty list", k)
		}
		out[k] = set(ws...)
	}
	return out, nil
}

// mustParseWordLists is parseWordLists of the embedded file, which a test
// checks: an error there is a build defect, not bad input.
func mustParseWordLists(data []byte) map[string]map[string]bool {
	l, err := parseWordLists(data)
	if err != nil {
		panic(err)
	}
	return l
}

// wordList returns the list of key in data/words.yaml; a key missing
// there is a build defect.
func wordList(key string) map[string]bool {
	l, ok := wordLists[key]
	if !ok {
		panic("event: data/words.yaml has no list " + key)
	}
	return l
}
