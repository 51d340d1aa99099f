package morph

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/perceptron"
)

// minCandidate is how many times a FEATS must be seen with a pair of tags
// to be one of its candidates.
const minCandidate = 2

// Config sets how the annotator is trained.
type Config struct {
	Epochs    int     // passes over the training data
	Seed      uint64  // seed of the sentence shuffling
	MinWeight float32 // averaged weights below this (absolute) are pruned
	MinCount  int     // features updated fewer times are pruned
}

// DefaultConfig returns the settings the shipped model is trained with.
func DefaultConfig() Config {
	return Config{Epochs: 4, Seed: 1, MinWeight: 0.3, MinCount: 3}
}

// Train learns an annotator from train (gold tags and lemmas) and writes
// its accuracy on dev after each epoch to log, when both are given.
func Train(train, dev []conllu.Sentence, cfg Config, log io.Writer) (*Model, error) {
	if cfg.Epochs <= 0 {
		return nil, errors.New("morph: no epochs")
	}
	counts := map[string]map[string]int{}
	for _, s := range train {
		for i := range s.Tokens {
			t := &s.Tokens[i]
			g := group(t)
			if counts[g] == nil {
				counts[g] = map[string]int{}
			}
			counts[g][normal(t.Feats)]++
		}
	}
	if len(counts) == 0 {
		return nil, errors.New("morph: no training words")
	}
	classSet := map[string]int{}
	for _, c := range counts {
		for f, n := range c {
			if n >= minCandidate || len(c) == 1 {
				classSet[f] = 0
			}
		}
	}
	classes := make([]string, 0, len(classSet))
	for f := range classSet {
		classes = append(classes, f)
	}
	slices.Sort(classes)
	for i, f := range classes {
		classSet[f] = i
	}
	groups := map[string][]int{}
	for g, c := range counts {
		for f, n := range c {
			if n >= minCandidate || len(c) == 1 {
				groups[g] = append(groups[g], classSet[f])
			}
		}
		slices.Sort(groups[g])
	}

	tr := perceptron.NewTrainer(len(classes))
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, len(classes))
	var buf []uint64
	m := &Model{groups: groups}
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := &train[si]
			q := isQuestion(s)
			for i := range s.Tokens {
				cands := groups[group(&s.Tokens[i])]
				gold, ok := classSet[normal(s.Tokens[i].Feats)]
				if len(cands) < 2 || !ok || !slices.Contains(cands, gold) {
					continue
				}
				buf = feats(buf[:0], s, i, q)
				clear(scores)
				tr.Score(buf, scores)
				guess := cands[0]
				for _, c := range cands[1:] {
					if scores[c] > scores[guess] {
						guess = c
					}
				}
				tr.Update(buf, gold, guess, 1)
				tr.Tick()
			}
		}
		if epoch < cfg.Epochs && (log == nil || len(dev) == 0) {
			continue
		}
		m.pm = tr.Freeze(classes, cfg.MinWeight, cfg.MinCount)
		if log != nil && len(dev) > 0 {
			fmt.Fprintf(log, "morph epoch %d: dev UFeats %.2f%% (gold tags), %d features\n", epoch, m.Evaluate(dev), m.pm.NumFeatures())
		}
	}
	return m, nil
}
