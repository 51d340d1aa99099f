package eval

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"gopkg.in/yaml.v3"
)

// minStemLen is the least number of letters a word needs to match a longer
// word it begins ("Israel" and "Israeli", "Iran" and "Iranian"); shorter
// words must be equal, so that "US" does not match "USSR".
const minStemLen = 4

//go:embed data/names.yaml
var namesYAML []byte

// nameStopwords returns the words names are compared without, read once
// from data/names.yaml; the map is never modified.
var nameStopwords = sync.OnceValue(func() map[string]bool {
	m, err := parseStopwords(namesYAML)
	if err != nil {
		panic("eval: data/names.yaml: " + err.Error()) // embedded, checked by the tests
	}
	return m
})

// parseStopwords reads the stopwords of a names.yaml file.
func parseStopwords(data []byte) (map[string]bool, error) {
	var f struct {
		Stopwords []string `yaml:"stopwords"`
	}
	if err := yaml.Unmarshal(data, &f); err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, w := range f.Stopwords {
		if w == "" || w != strings.ToLower(w) || strings.ContainsFunc(w, unicode.IsSpace) {
			return nil, fmt.Errorf("stopword %q is not one lower-case word", w)
		}
		m[w] = true
	}
	return m, nil
}

// nameWords returns the words of a name: lower case, letters and digits,
// without stopwords and possessive 's. Dots are dropped inside words, so
// "U.S." is "us".
func nameWords(s string) []string {
	s = strings.ToLower(strings.ReplaceAll(s, ".", ""))
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Trim(w, "'’")
		if w != "" && !nameStopwords()[w] {
			out = append(out, w)
		}
	}
	return out
}

// SameName reports whether two actor names refer loosely to the same
// actor: every word of the name with fewer words is a word of the other,
// equal or, with at least minStemLen letters, its beginning (see the
// package comment). Names with no words never match.
func SameName(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for _, w := range wa {
		found := false
		for _, v := range wb {
			if wordMatch(w, v) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// wordMatch reports whether w and v are equal, or the shorter, of at least
// minStemLen letters, begins the longer.
func wordMatch(w, v string) bool {
	if w == v {
		return true
	}
	if len(w) > len(v) {
		w, v = v, w
	}
	return len([]rune(w)) >= minStemLen && strings.HasPrefix(v, w)
}

// anyName reports whether one of labels matches name.
func anyName(labels []string, name string) bool {
	for _, l := range labels {
		if SameName(l, name) {
			return true
		}
	}
	return false
}
