package ner

import (
	"fmt"
	"io"
	"slices"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// Counts are the exact-match counts of one name type: names found right
// (same first token, last token and type), names predicted, gold names.
type Counts struct {
	Correct, Predicted, Gold int
}

// Precision returns Correct/Predicted as a percentage (0 when nothing was
// predicted).
func (c Counts) Precision() float64 { return pct(c.Correct, c.Predicted) }

// Recall returns Correct/Gold as a percentage (0 when there is no gold).
func (c Counts) Recall() float64 { return pct(c.Correct, c.Gold) }

// F1 returns the harmonic mean of precision and recall, as a percentage.
func (c Counts) F1() float64 { return pct(2*c.Correct, c.Predicted+c.Gold) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Scores are the counts per name type and over all types (micro average).
type Scores struct {
	PerType map[string]Counts
	Micro   Counts
}

// ScoreSentences compares the names in the MISC columns (see [Gold]) of
// pred with those of gold, sentence by sentence.
func ScoreSentences(gold, pred []conllu.Sentence) Scores {
	gl := make([][]string, len(gold))
	pl := make([][]string, len(pred))
	for i := range gold {
		gl[i] = Gold(&gold[i])
	}
	for i := range pred {
		pl[i] = Gold(&pred[i])
	}
	return Score(gl, pl)
}

// Score compares predicted IOB2 labellings with gold ones, sentence by
// sentence, by exact span and type. Sentences missing from pred count as
// predicting nothing; labels beyond a gold sentence's length are ignored.
func Score(gold, pred [][]string) Scores {
	s := Scores{PerType: map[string]Counts{}}
	for i, g := range gold {
		var p []string
		if i < len(pred) {
			p = pred[i]
		}
		if len(p) > len(g) {
			p = p[:len(g)]
		}
		gs, ps := Spans(g), Spans(p)
		for _, x := range gs {
			c := s.PerType[x.Type]
			c.Gold++
			if slices.Contains(ps, x) {
				c.Correct++
			}
			s.PerType[x.Type] = c
		}
		for _, x := range ps {
			c := s.PerType[x.Type]
			c.Predicted++
			s.PerType[x.Type] = c
		}
	}
	for _, c := range s.PerType {
		s.Micro.Correct += c.Correct
		s.Micro.Predicted += c.Predicted
		s.Micro.Gold += c.Gold
	}
	return s
}

// WriteTable writes one line per type (sorted) and one for the micro
// average: precision, recall, F1 and the gold count.
func (s Scores) WriteTable(w io.Writer) error {
	types := make([]string, 0, len(s.PerType))
	for t := range s.PerType {
		types = append(types, t)
	}
	slices.Sort(types)
	line := func(name string, c Counts) error {
		_, err := fmt.Fprintf(w, "%-6s P %6.2f  R %6.2f  F1 %6.2f  (gold %d, predicted %d)\n",
			name, c.Precision(), c.Recall(), c.F1(), c.Gold, c.Predicted)
		return err
	}
	for _, t := range types {
		if err := line(t, s.PerType[t]); err != nil {
			return err
		}
	}
	return line("micro", s.Micro)
}
