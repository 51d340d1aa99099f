package ner

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/perceptron"
)

// Config sets how Train learns.
type Config struct {
	// Epochs is the number of passes over the training sentences.
	Epochs int
	// Seed fixes the order the sentences are visited in.
	Seed uint64
	// Bags is the number of perceptrons trained side by side, each
	// visiting the sentences in its own order (seeds Seed, Seed+1, …),
	// whose weights are averaged into the model (perceptron.FreezeMean):
	// the scores of an ensemble, which vary less with the order than
	// one perceptron's, at the size and speed of one model. 0 counts 1.
	Bags int
	// MinWeight and MinCount prune the frozen model (see
	// perceptron.Trainer.Freeze).
	MinWeight float32
	MinCount  int
	// SelfTrain adds a second round: the first model labels the
	// unlabelled training sentences and the second learns from them too.
	SelfTrain bool
	// Gazetteer, if not nil, is outside knowledge of names (see
	// Gazetteer) that the features read; the model keeps a copy.
	Gazetteer *Gazetteer
	// Lexicon, if not nil, holds word statistics from unlabelled news
	// text (see NewLexicon) that the features read; the model keeps the
	// word classes derived from it.
	Lexicon *Lexicon
}

// DefaultConfig returns the settings the shipped model is trained with.
func DefaultConfig() Config {
	return Config{Epochs: 5, Seed: 1, MinWeight: 0.02, MinCount: 1, SelfTrain: true}
}

// lexFolds is the number of folds the name classes of the lexicon are
// derived by: the examples of each fold read the classes learned from
// the others.
const lexFolds = 5

// example is one labelled training sentence, prepared.
type example struct {
	x    *sentence
	gold []int
}

// Train learns a name finder. Every sentence of train feeds the word
// statistics (how often a word is capitalized or a proper noun); those
// that are [Labelled] (MISC "NER=", see [FromGUM] and [Attach]) are also
// the examples. The word classes of names are derived from the examples
// by folds: each fold's features read the classes learned from the
// others, so that training does not learn to trust them more than they
// deserve on unseen text. Each example is labelled by the decoder's beam
// search and learned from as a whole (a structured perceptron with
// max-violation updates, see learner), so that training compares whole
// labellings as decoding does. The labelled sentences of dev, if any, are
// scored after each epoch, and the model of the best epoch is returned;
// without dev the last is. Progress goes to log (nil for none).
func Train(train, dev []conllu.Sentence, cfg Config, log io.Writer) (*Model, error) {
	if log == nil {
		log = io.Discard
	}
	if cfg.Epochs <= 0 {
		return nil, errors.New("ner: Epochs must be positive")
	}
	shape := lexCounts{}
	var labelled []int
	for i := range train {
		shape.addShape(&train[i])
		if Labelled(&train[i]) {
			labelled = append(labelled, i)
		}
	}
	if len(labelled) == 0 {
		return nil, errors.New("ner: no labelled training sentence (MISC NER=)")
	}
	golds := make(map[int][]string, len(train))
	for _, i := range labelled {
		golds[i] = Gold(&train[i])
	}
	var devSents []conllu.Sentence
	for i := range dev {
		if Labelled(&dev[i]) {
			devSents = append(devSents, dev[i])
		}
	}
	m := trainRound(train, labelled, golds, shape, devSents, cfg, log)
	if !cfg.SelfTrain {
		return m, nil
	}
	all := make([]int, len(train))
	for i := range train {
		all[i] = i
		if golds[i] == nil {
			golds[i] = m.Label(&train[i])
		}
	}
	return trainRound(train, all, golds, shape, devSents, cfg, log), nil
}

// trainRound trains on the sentences train[i] for i in labelled, with
// gold labels golds[i].
func trainRound(train []conllu.Sentence, labelled []int, golds map[int][]string, shape lexCounts,
	devSents []conllu.Sentence, cfg Config, log io.Writer) *Model {
	// Fold k is the k-th contiguous block of the labelled sentences (so
	// that a document's names mostly stay within one fold).
	foldOf := func(j int) int { return j * lexFolds / len(labelled) }
	names := make([]lexCounts, lexFolds+1) // per fold, and all
	occ := make([]map[string]int, lexFolds+1)
	for k := range names {
		names[k], occ[k] = lexCounts{}, map[string]int{}
	}
	for j, i := range labelled {
		s := &train[i]
		for _, k := range []int{foldOf(j), lexFolds} {
			names[k].addNames(s, golds[i])
			for _, t := range s.Tokens {
				occ[k][strings.ToLower(t.Form)]++
			}
		}
	}
	full := buildLexicon(shape, names[lexFolds], occ[lexFolds])
	news := cfg.Lexicon.entries()
	examples := make([]example, 0, len(labelled))
	for k := range lexFolds {
		// The lexicon of the other folds: all counts minus this fold's.
		rest, restOcc := lexCounts{}, map[string]int{}
		for w, ws := range names[lexFolds] {
			c := *ws
			if f := names[k][w]; f != nil {
				for x := range c.name {
					c.name[x] -= f.name[x]
				}
			}
			rest[w] = &c
		}
		for w, n := range occ[lexFolds] {
			restOcc[w] = n - occ[k][w]
		}
		words := wordIndex(buildLexicon(shape, rest, restOcc), cfg.Gazetteer, news)
		for j, i := range labelled {
			if foldOf(j) == k {
				examples = append(examples, example{newSentence(nil, &train[i], words, cfg.Gazetteer), toBILOU(golds[i])})
			}
		}
	}
	fmt.Fprintf(log, "ner: %d labelled of %d training sentences, lexicon %d words, %d dev sentences\n",
		len(labelled), len(train), len(full), len(devSents))

	bags := max(cfg.Bags, 1)
	rngs := make([]*rand.Rand, bags)
	trs := make([]*perceptron.Trainer, bags)
	orders := make([][]int, bags)
	for b := range bags {
		seed := cfg.Seed + uint64(b)
		rngs[b] = rand.New(rand.NewPCG(seed, seed))
		trs[b] = perceptron.NewTrainer(numClasses)
		orders[b] = make([]int, len(examples))
		for i := range orders[b] {
			orders[b][i] = i
		}
	}
	var (
		best   *Model
		bestF1 = -1.0
		lrn    learner
	)
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		start := time.Now()
		wrong, total := 0, 0
		for b, tr := range trs {
			order := orders[b]
			rngs[b].Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
			for _, k := range order {
				ex := &examples[k]
				wrong += lrn.learn(tr, ex, trainWidth)
				total += ex.x.n
			}
		}
		msg := fmt.Sprintf("ner: epoch %d: train errors %.2f%%", epoch, 100*float64(wrong)/float64(max(total, 1)))
		if len(devSents) == 0 && epoch < cfg.Epochs {
			// Without dev only the last epoch's model is wanted.
			fmt.Fprintf(log, "%s (%.1fs)\n", msg, time.Since(start).Seconds())
			continue
		}
		m := &Model{lex: full, gaz: cfg.Gazetteer, news: news, pm: perceptron.FreezeMean(trs, classNames(), cfg.MinWeight, cfg.MinCount)}
		m.index()
		msg += fmt.Sprintf(", %d features", m.pm.NumFeatures())
		if len(devSents) > 0 {
			f1 := m.Evaluate(devSents).Micro.F1()
			msg += fmt.Sprintf(", dev F1 %.2f", f1)
			if f1 > bestF1 {
				best, bestF1 = m, f1
			}
		} else {
			best = m
		}
		fmt.Fprintf(log, "%s (%.1fs)\n", msg, time.Since(start).Seconds())
	}
	return best
}

// Evaluate labels sents and scores the result against their gold labels
// (MISC "NER=").
func (m *Model) Evaluate(sents []conllu.Sentence) Scores {
	pred := conllu.CloneAll(sents)
	for i := range pred {
		SetLabels(&pred[i], m.Label(&pred[i]))
	}
	return ScoreSentences(sents, pred)
}
