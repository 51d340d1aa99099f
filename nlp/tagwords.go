package nlp

import (
	_ "embed"
	"fmt"

	"gopkg.in/yaml.v3"
)

// tagWordsYAML holds the word lists of the tag repair, one per key.
//
//go:embed data/tagrepair.yaml
var tagWordsYAML []byte

// tagWordLists are the lists of data/tagrepair.yaml, read once when the
// package is loaded; they are never modified.
var tagWordLists = mustParseTagWords(tagWordsYAML)

// parseTagWords reads a YAML mapping of keys to lists of words into sets.
func parseTagWords(data []byte) (map[string]map[string]bool, error) {
	var raw map[string][]string
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("tagrepair.yaml: %w", err)
	}
	out := make(map[string]map[string]bool, len(raw))
	for k, ws := range raw {
		if len(ws) == 0 {
			return nil, fmt.Errorf("tagrepair.yaml: %s: empty list", k)
		}
		set := make(map[string]bool, len(ws))
		for _, w := range ws {
			set[w] = true
		}
		out[k] = set
	}
	return out, nil
}

// mustParseTagWords is parseTagWords of the embedded file, which a test
// checks: an error there is a build defect, not bad input.
func mustParseTagWords(data []byte) map[string]map[string]bool {
	l, err := parseTagWords(data)
	if err != nil {
		panic(err)
	}
	return l
}

// tagWordList returns the list of key in data/tagrepair.yaml; a key
// missing there is a build defect.
func tagWordList(key string) map[string]bool {
	l, ok := tagWordLists[key]
	if !ok {
		panic("nlp: data/tagrepair.yaml has no list " + key)
	}
	return l
}
