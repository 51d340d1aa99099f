package tagger

import "github.com/chronograph-news/chronograph/nlp/conllu"

// Accuracy is the share of tokens, in percent, whose predicted UPOS, XPOS
// and both are right.
type Accuracy struct {
	UPOS, XPOS, Both float64
	Tokens           int
}

// Evaluate tags copies of gold and compares them with gold.
func (m *Model) Evaluate(gold []conllu.Sentence) Accuracy {
	var a Accuracy
	var u, x, b int
	tokens := make([]conllu.Token, 0, 64)
	for _, s := range gold {
		tokens = append(tokens[:0], s.Tokens...)
		c := conllu.Sentence{Tokens: tokens}
		m.Tag(&c)
		for i := range c.Tokens {
			okU := c.Tokens[i].UPOS == s.Tokens[i].UPOS
			okX := c.Tokens[i].XPOS == s.Tokens[i].XPOS
			if okU {
				u++
			}
			if okX {
				x++
			}
			if okU && okX {
				b++
			}
		}
		a.Tokens += len(s.Tokens)
	}
	if a.Tokens > 0 {
		n := float64(a.Tokens) / 100
		a.UPOS, a.XPOS, a.Both = float64(u)/n, float64(x)/n, float64(b)/n
	}
	return a
}
