package morph

import (
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/perceptron"
	"github.com/chronograph-news/chronograph/nlp/udeval"
)

// none is the FEATS of a word without features.
const none = "_"

// Model is a trained morphological annotator. It is read-only and safe
// for concurrent use.
type Model struct {
	pm     *perceptron.Model // classes are FEATS strings
	groups map[string][]int  // UPOS XPOS → candidate classes, in increasing order
}

// Annotate fills the Feats of every token of s from its Form, UPOS, XPOS
// and Lemma (and those of its neighbours). Words whose tags were never
// seen in training get "_".
func (m *Model) Annotate(s *conllu.Sentence) {
	var buf []uint64
	var scores []int32
	q := isQuestion(s)
	for i := range s.Tokens {
		var c int
		c, buf, scores = m.predict(s, i, q, buf, scores)
		if c < 0 {
			s.Tokens[i].Feats = none
		} else {
			s.Tokens[i].Feats = m.pm.Classes[c]
		}
	}
}

// predict returns the class of word i of s, or -1 when its tags are
// unknown, reusing buf and scores.
func (m *Model) predict(s *conllu.Sentence, i int, q bool, buf []uint64, scores []int32) (int, []uint64, []int32) {
	cands := m.groups[group(&s.Tokens[i])]
	switch len(cands) {
	case 0:
		return -1, buf, scores
	case 1:
		return cands[0], buf, scores
	}
	buf = feats(buf[:0], s, i, q)
	if len(scores) < len(m.pm.Classes) {
		scores = make([]int32, len(m.pm.Classes))
	}
	clear(scores)
	m.pm.Score(buf, scores)
	best := cands[0]
	for _, c := range cands[1:] {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best, buf, scores
}

// Evaluate annotates copies of gold (keeping its tags and lemmas) and
// returns the percentage of words whose FEATS string is right.
func (m *Model) Evaluate(gold []conllu.Sentence) float64 {
	pred := conllu.CloneAll(gold)
	for i := range pred {
		m.Annotate(&pred[i])
	}
	sc, err := udeval.Compare(gold, pred)
	if err != nil {
		return 0 // cannot happen: the words are gold's
	}
	return sc.Accuracy("UFeats")
}

// normal returns f with an empty column as "_".
func normal(f string) string {
	if f == "" {
		return none
	}
	return f
}
