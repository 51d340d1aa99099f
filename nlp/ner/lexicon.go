package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// lexEntry is what the training data say about one lowercased word: the
// name type it mostly stands in (0 none, else 1+index in Types, and
// whether mostly at a name's start or inside), how often it is
// capitalized away from the sentence start, how often it is a proper
// noun and how often it is inside a name, the rates as rateBucket buckets.
// The rates of case and tags come from every training sentence, labelled
// or not; the name classes and rate from the labelled ones only.
type lexEntry struct {
	name   uint8 // 0 none; else 1 + 2*type + (0 first word of names, 1 later word)
	caps   uint8 // rateBucket of the capitalized rate, 0 unknown
	propn  uint8 // same for the proper-noun rate
	inName uint8 // same for the rate of occurrences inside names, 0 unknown
}

// Lexicon thresholds.
const (
	// lexMinCount is how often a word must occur for its rates to count.
	lexMinCount = 3
	// lexMinName is how often a word must occur inside names of one type,
	// and lexNameShare the share of its occurrences this must be, for the
	// word to be listed as a word of that type.
	lexMinName   = 2
	lexNameShare = 0.3
)

// rateBucket returns the bucket (1..5) of the rate k/n: about never, rarely,
// sometimes, mostly, always.
func rateBucket(k, n int) uint8 {
	r := float64(k) / float64(n)
	switch {
	case r < 0.02:
		return 1
	case r < 0.2:
		return 2
	case r < 0.6:
		return 3
	case r < 0.95:
		return 4
	}
	return 5
}

// wordStats counts what a lexicon is built from.
type wordStats struct {
	n, nInner, caps, propn int
	name                   [2 * nTypes]int // per type: first word, later word
}

// lexCounts accumulates word statistics over sentences.
type lexCounts map[string]*wordStats

func (c lexCounts) get(w string) *wordStats {
	ws := c[w]
	if ws == nil {
		ws = &wordStats{}
		c[w] = ws
	}
	return ws
}

// addShape counts the case and tags of the words of s (any sentence,
// labelled or not).
func (c lexCounts) addShape(s *conllu.Sentence) {
	for i, t := range s.Tokens {
		ws := c.get(strings.ToLower(t.Form))
		ws.n++
		if t.UPOS == "PROPN" {
			ws.propn++
		}
		if i > 0 {
			ws.nInner++
			if r, _ := utf8.DecodeRuneInString(t.Form); unicode.IsUpper(r) {
				ws.caps++
			}
		}
	}
}

// addNames counts the words of s inside gold names.
func (c lexCounts) addNames(s *conllu.Sentence, labels []string) {
	for _, sp := range Spans(labels) {
		ti := typeIndex(sp.Type)
		if ti < 0 {
			continue
		}
		for i := sp.First; i < sp.Last; i++ {
			k := 0
			if i > sp.First {
				k = 1
			}
			c.get(strings.ToLower(s.Tokens[i].Form)).name[2*ti+k]++
		}
	}
}

// buildLexicon makes the lexicon: case and tag rates from shape counts,
// name classes and rates from name counts over labelled sentences (occ
// gives each word's occurrences in those sentences).
func buildLexicon(shape, names lexCounts, occ map[string]int) map[string]lexEntry {
	lex := map[string]lexEntry{}
	for w, ws := range shape {
		if ws.n < lexMinCount {
			continue
		}
		e := lexEntry{propn: rateBucket(ws.propn, ws.n)}
		if ws.nInner >= lexMinCount {
			e.caps = rateBucket(ws.caps, ws.nInner)
		}
		lex[w] = e
	}
	for w, n := range occ {
		if n < lexMinCount {
			continue
		}
		sum := 0
		if ws := names[w]; ws != nil {
			for _, c := range ws.name {
				sum += c
			}
		}
		e := lex[w]
		e.inName = rateBucket(sum, n)
		lex[w] = e
	}
	for w, ws := range names {
		best, bc := -1, 0
		for k, c := range ws.name {
			if c > bc {
				best, bc = k, c
			}
		}
		if best < 0 || bc < lexMinName || float64(bc) < lexNameShare*float64(occ[w]) {
			continue
		}
		e := lex[w]
		e.name = uint8(1 + best)
		lex[w] = e
	}
	return lex
}

// typeIndex returns the index of t in Types, or -1.
func typeIndex(t string) int {
	for i, x := range Types {
		if x == t {
			return i
		}
	}
	return -1
}
