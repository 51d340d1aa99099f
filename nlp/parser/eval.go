package parser

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// Evaluate parses a copy of every sentence of gold and returns the
// percentages of words with the right head (UAS) and with the right head
// and relation (LAS), comparing the universal part of relations
// ("nsubj" for "nsubj:pass") and counting punctuation, as in CoNLL 2018.
func Evaluate(m *Model, gold []conllu.Sentence) (uas, las float64) {
	var words, heads, labelled int
	for i := range gold {
		g := &gold[i]
		p := conllu.Sentence{Tokens: append([]conllu.Token(nil), g.Tokens...)}
		m.Parse(&p)
		for j, t := range g.Tokens {
			words++
			if p.Tokens[j].Head == t.Head {
				heads++
				if universal(p.Tokens[j].DepRel) == universal(t.DepRel) {
					labelled++
				}
			}
		}
	}
	if words == 0 {
		return 0, 0
	}
	return 100 * float64(heads) / float64(words), 100 * float64(labelled) / float64(words)
}

// universal returns a relation without its subtype.
func universal(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}
