package segment

import (
	"fmt"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// Counts holds the spans of one kind (words or sentences) in gold, in the
// system output, and in both.
type Counts struct {
	Gold, System, Correct int
}

// Precision returns the share of system spans that are in gold.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.System) }

// Recall returns the share of gold spans that the system found.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 { return ratio(2*c.Correct, c.Gold+c.System) }

// String formats c as "P 97.12 R 96.40 F1 96.76" (percentages).
func (c Counts) String() string {
	return fmt.Sprintf("P %.2f R %.2f F1 %.2f", 100*c.Precision(), 100*c.Recall(), 100*c.F1())
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores holds the word and sentence counts of a run over documents.
type Scores struct {
	Words, Sentences Counts
}

// Split is a tokenizer and sentence splitter: the spans of the words and
// of the sentences of text, each in increasing order.
type Split func(text string) (words, sents []Span)

// Score rebuilds the documents of gold (see [Documents]), runs split on
// the text of each, and scores its words and sentences by exact spans.
func Score(gold []conllu.Sentence, split Split) Scores {
	var s Scores
	for _, d := range Documents(gold) {
		s.Add(ScoreDoc(d, split))
	}
	return s
}

// ScoreDoc runs split on one document and scores it.
func ScoreDoc(d Doc, split Split) Scores {
	words, sents := split(d.Text)
	return Scores{Words: match(d.Words, words), Sentences: match(d.Sents, sents)}
}

// Add adds the counts of o to s.
func (s *Scores) Add(o Scores) {
	s.Words.add(o.Words)
	s.Sentences.add(o.Sentences)
}

func (c *Counts) add(o Counts) {
	c.Gold += o.Gold
	c.System += o.System
	c.Correct += o.Correct
}

// match counts the spans of sys that are in gold; a span repeated in gold
// (words sharing a multiword token's span) matches at most as many times.
func match(gold, sys []Span) Counts {
	want := make(map[Span]int, len(gold))
	for _, g := range gold {
		want[g]++
	}
	c := Counts{Gold: len(gold), System: len(sys)}
	for _, s := range sys {
		if want[s] > 0 {
			want[s]--
			c.Correct++
		}
	}
	return c
}
