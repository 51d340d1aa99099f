package parser

import (
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/udeval"
)

// Evaluate parses a copy of every sentence of gold and returns the
// percentages of words with the right head (UAS) and with the right head
// and relation (LAS), comparing the universal part of relations and
// counting punctuation, as udeval (CoNLL 2018) does.
func Evaluate(m *Model, gold []conllu.Sentence) (uas, las float64) {
	pred := conllu.CloneAll(gold)
	for i := range pred {
		m.Parse(&pred[i])
	}
	sc, err := udeval.Compare(gold, pred)
	if err != nil {
		return 0, 0 // cannot happen: the words are gold's
	}
	return sc.Accuracy("UAS"), sc.Accuracy("LAS")
}
