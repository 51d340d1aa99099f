package cameo

import (
	"sync"
	"testing"
)

var loaded = sync.OnceValues(Load)

// dict returns the embedded dictionary, loaded once for all tests.
func dict(t testing.TB) *Dictionary {
	t.Helper()
	d, err := loaded()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// w is a tree word whose lemma is l and form f (f defaults to l).
func w(l string, f ...string) Word {
	if len(f) > 0 {
		return Word{Lemma: l, Form: f[0]}
	}
	return Word{Lemma: l, Form: l}
}

// np is a phrase: the head, then modifiers.
func np(head string, mods ...string) Phrase {
	p := Phrase{Head: w(head)}
	for _, m := range mods {
		p.Mods = append(p.Mods, w(m))
	}
	return p
}

// pp is a prepositional phrase.
func pp(prep string, obj Phrase) Prep { return Prep{Case: w(prep), Object: obj} }
