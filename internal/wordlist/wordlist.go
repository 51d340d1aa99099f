// Package wordlist reads the word lists the rules of several stages keep
// in data files: a YAML mapping of keys to non-empty lists of words, each
// read into a set.
package wordlist

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

// Sets maps a list's key to its words.
type Sets map[string]map[string]bool

// Parse reads data, the file named name (which errors name), into its
// sets; a malformed file or an empty list is an error.
func Parse(name string, data []byte) (Sets, error) {
	var raw map[string][]string
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := make(Sets, len(raw))
	for k, ws := range raw {
		if len(ws) == 0 {
			return nil, fmt.Errorf("%s: %s: empty list", name, k)
		}
		set := make(map[string]bool, len(ws))
		for _, w := range ws {
			set[w] = true
		}
		out[k] = set
	}
	return out, nil
}

// MustParse is Parse of a file embedded in the program, which its
// package's tests check: an error there is a build defect, not bad input,
// and panics.
func MustParse(name string, data []byte) Sets {
	s, err := Parse(name, data)
	if err != nil {
		panic(err)
	}
	return s
}

// List returns the list of key; a key missing from the file named name
// is a build defect, and panics.
func (s Sets) List(name, key string) map[string]bool {
	l, ok := s[key]
	if !ok {
		panic(name + " has no list " + key)
	}
	return l
}
