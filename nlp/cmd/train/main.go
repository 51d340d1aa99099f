// Command train trains the language core's models from the Universal
// Dependencies treebanks in the shared data folder and writes them, in
// gzip format (see minSaving), with manifest.json, into nlp/models/data,
// where package models embeds them:
//
//	go run ./nlp/cmd/train [-data ../shared/data] [-root .] [-out nlp/models/data]
//
// With -names-cv K it trains only the name finder, K times, and prints its
// scores by K-fold cross-validation over Universal NER's EWT dev and on
// GUM dev's names (the name finder's development data), writing nothing.
//
// Training is deterministic (fixed seeds, sorted iteration): the same data
// gives the same bytes. The tagger, lemmatizer and morphology tables are
// trained on EWT train + GUM CC-BY train, the parser on the same, the name
// finder on GUM CC-BY train's named entities and Universal NER on EWT dev,
// with a gazetteer from the project's actor data and word statistics of
// the unlabelled TE3-Silver news;
// each is tuned on dev and then scored on test, and the scores are recorded
// in the manifest.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// run is the whole command; stdout gets the scores, stderr the progress.
func run(args []string, stdout, stderr io.Writer) error {
	cfg, err := parseArgs(args, stderr)
	if err != nil || cfg == nil {
		return err
	}
	if cfg.namesCV > 0 {
		return namesCV(cfg, cfg.namesCV, stdout, stderr)
	}
	return train(cfg, stdout, stderr)
}
