package wordnet

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
)

// DataFile is the converted noun classes, relative to this package.
const DataFile = "data/nouns.tsv.gz"

//go:embed data/nouns.tsv.gz
var nounsGz []byte

// nouns is the embedded table, decoded once on first use.
var nouns = sync.OnceValues(func() (*Table, error) { return Read(bytes.NewReader(nounsGz)) })

// Table is a decoded noun table.
type Table struct {
	// Senses holds each lemma's classes, most frequent sense first.
	Senses map[string][]Class
	// Adjectives holds the lemmas that are mostly adjectives: WordNet
	// also lists them as adjectives and SemCor tags none of their noun
	// senses ("illegitimate", "illegal").
	Adjectives map[string]bool
}

func table() *Table {
	t, err := nouns()
	if err != nil {
		panic(err)
	}
	return t
}

// Noun returns the class of the common noun lemma (lower case, singular:
// "member", "rioting") in its most frequent sense, and whether WordNet
// knows it.
func Noun(lemma string) (Class, bool) {
	cs := Senses(lemma)
	if len(cs) == 0 {
		return None, false
	}
	return cs[0], true
}

// Senses returns the classes of the common noun lemma's senses, most
// frequent first, each once ("bomber": artifact, person), or nil. It
// panics if the embedded data cannot be read, which a test rules out.
func Senses(lemma string) []Class { return table().Senses[lemma] }

// SensesOfForm is Senses for a word form that may be a plural: the form's
// own senses when WordNet knows it ("news", "arms"), else those of the
// first singular its detachment rules give that WordNet knows
// (pluralEndings: "bodyguards" → "bodyguard", "deputies" → "deputy",
// "witnesses" → "witness", "policemen" → "policeman"), else nil.
func SensesOfForm(form string) []Class {
	if cs := Senses(form); len(cs) > 0 {
		return cs
	}
	for _, e := range pluralEndings {
		if stem, ok := strings.CutSuffix(form, e.plural); ok && stem != "" {
			if cs := Senses(stem + e.singular); len(cs) > 0 {
				return cs
			}
		}
	}
	return nil
}

// NounOfForm is Noun for a word form that may be a plural (SensesOfForm).
func NounOfForm(form string) (Class, bool) {
	cs := SensesOfForm(form)
	if len(cs) == 0 {
		return None, false
	}
	return cs[0], true
}

// pluralEndings are the endings of English noun plurals and the singular
// endings they stand for, as WordNet's morphology detaches them, tried in
// order.
var pluralEndings = []struct{ plural, singular string }{
	{"ies", "y"}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"s", ""},
}

// MostlyAdjective reports whether the lemma, known as a noun, is mostly
// an adjective (Table.Adjectives): a word the tagger read as a noun
// ("declaring the regime illegitimate") is then likely an adjective.
func MostlyAdjective(lemma string) bool { return table().Adjectives[lemma] }

// Read decodes a noun table in the format the converter writes: gzip of
// lines "lemma<TAB>class class…[<TAB>adj]", comment lines starting with
// "#".
func Read(r io.Reader) (*Table, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("wordnet: %s: %w", DataFile, err)
	}
	t := &Table{Senses: make(map[string][]Class, 1<<16), Adjectives: map[string]bool{}}
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		w, list, ok := strings.Cut(text, "\t")
		list, mark, marked := strings.Cut(list, "\t")
		if !ok || w == "" || list == "" || marked && mark != "adj" {
			return nil, fmt.Errorf("wordnet: %s:%d: want lemma<TAB>classes[<TAB>adj], got %q", DataFile, line, text)
		}
		if marked {
			t.Adjectives[w] = true
		}
		var cs []Class
		for _, name := range strings.Split(list, " ") {
			c := ClassOf(name)
			if c == None {
				return nil, fmt.Errorf("wordnet: %s:%d: unknown class %q", DataFile, line, name)
			}
			cs = append(cs, c)
		}
		t.Senses[w] = cs
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("wordnet: %s: %w", DataFile, err)
	}
	return t, nil
}
