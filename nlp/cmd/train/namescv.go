package main

import (
	"fmt"
	"io"
	"time"

	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/ner"
	"github.com/chronograph-news/chronograph/nlp/tagger"
)

// namesCV tunes the name finder without touching test data: it trains
// only the name finder, as train does but on the tags of the committed
// tagger, and scores it by cross-validation over the Universal NER
// annotation of EWT dev (folds are contiguous blocks of sentences, so
// that a document mostly stays in one fold; each fold is scored by a
// model trained without it) and on GUM dev's names (by every fold's
// model, summed). Nothing is written.
func namesCV(cfg *config, folds int, stdout, stderr io.Writer) error {
	start := time.Now()
	c, err := readCorpus(cfg.data)
	if err != nil {
		return err
	}
	gaz, _, err := gazetteer(cfg.root)
	if err != nil {
		return err
	}
	lex, _, err := newsLexicon(cfg.data)
	if err != nil {
		return err
	}
	p, err := nlp.LoadOnly("tagger")
	if err != nil {
		return err
	}
	tg := p.Tagger
	nc := ner.DefaultConfig()
	nc.Gazetteer, nc.Lexicon = gaz, lex
	uner := conllu.CloneAll(c.sents["ewt/dev.conllu"])
	if err := attachUNER(c, uner, "uner-ewt/dev.iob2"); err != nil {
		return err
	}
	gumDev := retagged(c.sents["gum-ccby/dev.conllu"], tg)
	ner.FromGUM(gumDev)

	var cv, gum ner.Scores
	for k := range folds {
		lo, hi := k*len(uner)/folds, (k+1)*len(uner)/folds
		rest := append(conllu.CloneAll(uner[:lo]), conllu.CloneAll(uner[hi:])...)
		set := ner.TrainingSet(conllu.CloneAll(c.sents["gum-ccby/train.conllu"]),
			conllu.CloneAll(c.sents["ewt/train.conllu"]), rest, tg.Tag)
		m, err := ner.Train(set, nil, nc, stderr)
		if err != nil {
			return err
		}
		s := m.Evaluate(retagged(uner[lo:hi], tg))
		fmt.Fprintf(stdout, "fold %d: P %.2f R %.2f F1 %.2f\n", k, s.Micro.Precision(), s.Micro.Recall(), s.Micro.F1())
		cv = addScores(cv, s)
		gum = addScores(gum, m.Evaluate(gumDev))
	}
	fmt.Fprintf(stdout, "names, Universal NER EWT dev, %d-fold cross-validation:\n", folds)
	cv.WriteTable(stdout)
	fmt.Fprintf(stdout, "names, GUM dev (every fold's model):\n")
	gum.WriteTable(stdout)
	fmt.Fprintf(stderr, "done in %s\n", time.Since(start).Round(time.Second))
	return nil
}

// retagged returns copies of sents tagged by tg, their MISC kept.
func retagged(sents []conllu.Sentence, tg *tagger.Model) []conllu.Sentence {
	out := conllu.CloneAll(sents)
	for i := range out {
		tg.Tag(&out[i])
	}
	return out
}

// addScores returns the sum of the counts of a and b.
func addScores(a, b ner.Scores) ner.Scores {
	out := ner.Scores{PerType: map[string]ner.Counts{}}
	for _, s := range []ner.Scores{a, b} {
		for t, c := range s.PerType {
			o := out.PerType[t]
			o.Correct += c.Correct
			o.Predicted += c.Predicted
			o.Gold += c.Gold
			out.PerType[t] = o
		}
		out.Micro.Correct += s.Micro.Correct
		out.Micro.Predicted += s.Micro.Predicted
		out.Micro.Gold += s.Micro.Gold
	}
	return out
}
