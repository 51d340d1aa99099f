package udeval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// Metric names, in the order Scores reports them.
var Metrics = []string{"UPOS", "XPOS", "UFeats", "AllTags", "Lemmas", "UAS", "LAS", "LAS+sub"}

// Scores holds, per metric, the number of words right and the total.
type Scores struct {
	Words   int
	Correct map[string]int
	// Confusions counts (gold, predicted) pairs per metric: "UPOS",
	// "XPOS", "Lemmas" (gold lemma → predicted), "DEPREL" (relation of
	// words with the right head) and "HEAD" (relation of words with a
	// wrong head, keyed gold relation → "wrong head").
	Confusions map[string]map[[2]string]int
}

// Accuracy returns the percentage of words right for metric m.
func (s *Scores) Accuracy(m string) float64 {
	if s.Words == 0 {
		return 0
	}
	return 100 * float64(s.Correct[m]) / float64(s.Words)
}

// Compare scores pred against gold, sentence by sentence; both must have
// the same words (gold tokenization). It returns an error naming the first
// sentence whose words differ.
func Compare(gold, pred []conllu.Sentence) (*Scores, error) {
	if len(gold) != len(pred) {
		return nil, fmt.Errorf("gold has %d sentences, prediction %d", len(gold), len(pred))
	}
	s := &Scores{Correct: map[string]int{}, Confusions: map[string]map[[2]string]int{}}
	for i := range gold {
		g, p := &gold[i], &pred[i]
		if len(g.Tokens) != len(p.Tokens) {
			return nil, fmt.Errorf("sentence %d (gold line %d): %d words in gold, %d predicted", i+1, g.Line, len(g.Tokens), len(p.Tokens))
		}
		for j := range g.Tokens {
			gt, pt := &g.Tokens[j], &p.Tokens[j]
			if gt.Form != pt.Form {
				return nil, fmt.Errorf("sentence %d (gold line %d), word %d: gold %q, predicted %q", i+1, g.Line, j+1, gt.Form, pt.Form)
			}
			s.add(gt, pt)
		}
	}
	return s, nil
}

func (s *Scores) add(g, p *conllu.Token) {
	s.Words++
	upos := g.UPOS == p.UPOS
	xpos := g.XPOS == p.XPOS
	feats := normFeats(g.Feats) == normFeats(p.Feats)
	s.hit("UPOS", upos, g.UPOS, p.UPOS)
	s.hit("XPOS", xpos, g.XPOS, p.XPOS)
	s.hit("UFeats", feats, "", "")
	s.hit("AllTags", upos && xpos && feats, "", "")
	s.hit("Lemmas", g.Lemma == p.Lemma || g.Lemma == "_", g.Lemma, p.Lemma)
	head := g.Head == p.Head
	s.hit("UAS", head, "", "")
	if !head {
		s.confuse("HEAD", g.DepRel, "wrong head")
	}
	s.hit("LAS", head && universal(g.DepRel) == universal(p.DepRel), "", "")
	s.hit("LAS+sub", head && g.DepRel == p.DepRel, "", "")
	if head && g.DepRel != p.DepRel {
		s.confuse("DEPREL", g.DepRel, p.DepRel)
	}
}

func (s *Scores) hit(m string, ok bool, gold, pred string) {
	if ok {
		s.Correct[m]++
		return
	}
	if gold != "" || pred != "" {
		s.confuse(m, gold, pred)
	}
}

func (s *Scores) confuse(m, gold, pred string) {
	c := s.Confusions[m]
	if c == nil {
		c = map[[2]string]int{}
		s.Confusions[m] = c
	}
	c[[2]string{gold, pred}]++
}

// universal returns the universal part of a relation ("nsubj" of
// "nsubj:pass").
func universal(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

// normFeats returns FEATS with "_" as "" so that an empty column matches
// either spelling.
func normFeats(f string) string {
	if f == "_" {
		return ""
	}
	return f
}

// Confusion is one (gold, predicted) pair and how often it occurred.
type Confusion struct {
	Gold, Pred string
	Count      int
}

// Worst returns the n most frequent confusions of metric m, most frequent
// first (ties by gold, then predicted value).
func (s *Scores) Worst(m string, n int) []Confusion {
	var out []Confusion
	for k, c := range s.Confusions[m] {
		out = append(out, Confusion{k[0], k[1], c})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Gold != b.Gold {
			return a.Gold < b.Gold
		}
		return a.Pred < b.Pred
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}
