package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/ner"
	"github.com/chronograph-news/chronograph/nlp/segment"
	"github.com/chronograph-news/chronograph/nlp/udeval"
)

// runEvalParse scores the language core against CoNLL-U gold, as the
// CoNLL 2018 shared task does on gold tokenization. Without SYSTEM it
// annotates the gold words itself.
func runEvalParse(e env, args []string) error {
	fs := flag.NewFlagSet("eval parse", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	worst := fs.Int("confusions", 8, "show the `N` worst confusions of each metric (0: none)")
	names := fs.String("names", "", "also score names against the IOB2 `FILE` (Universal NER) of GOLD's sentences")
	raw := fs.Bool("raw", false, "also score tokenization and sentence splitting on GOLD's raw text (# text, SpaceAfter)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: chronograph eval parse [flags] GOLD.conllu [SYSTEM.conllu]\n\n"+
			"Scores UPOS, XPOS, UFeats, AllTags, lemmas, UAS and LAS (universal\n"+
			"relations, as CoNLL 2018; LAS+sub with subtypes) on gold tokenization.\n"+
			"Without SYSTEM, the words of GOLD are annotated by the built-in models.\n"+
			"--names scores names by exact span and type; --raw scores words and\n"+
			"sentences of the rebuilt raw text by exact character spans.\n\nflags:")
		fs.PrintDefaults()
	}
	pos, done, err := parseFlags(fs, args)
	if done {
		return err
	}
	if len(pos) < 1 || len(pos) > 2 {
		fs.Usage()
		return errUsage
	}
	gold, err := readCoNLLU(pos[0])
	if err != nil {
		return fmt.Errorf("eval parse: %w", err)
	}
	var pred []conllu.Sentence
	if len(pos) == 2 {
		if pred, err = readCoNLLU(pos[1]); err != nil {
			return fmt.Errorf("eval parse: %w", err)
		}
	} else {
		p, err := nlp.Default()
		if err != nil {
			return fmt.Errorf("eval parse: %w", err)
		}
		pred = p.Reannotate(gold)
	}
	sc, err := udeval.Compare(gold, pred)
	if err != nil {
		return fmt.Errorf("eval parse: %w", err)
	}
	printParseScores(e.stdout, pos[0], sc, *worst)
	if *names != "" {
		if err := evalNames(e.stdout, gold, pred, *names); err != nil {
			return fmt.Errorf("eval parse: %w", err)
		}
	}
	if *raw {
		seg := segment.Score(gold, segment.Project)
		fmt.Fprintf(e.stdout, "\nraw text (tokenizer and sentence splitter, exact spans):\n  words      %s\n  sentences  %s\n",
			seg.Words, seg.Sentences)
	}
	return nil
}

// evalNames scores the names of pred against the IOB2 file of gold's
// sentences.
func evalNames(w io.Writer, gold, pred []conllu.Sentence, file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	iob, err := ner.ReadIOB2(f, file)
	if err != nil {
		return err
	}
	g := conllu.CloneAll(gold)
	if err := ner.Attach(g, iob); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nnames against %s (exact span and type):\n", file)
	return ner.ScoreSentences(g, pred).WriteTable(w)
}

// readCoNLLU reads a whole CoNLL-U file; any malformed sentence is an
// error, since scoring needs every sentence.
func readCoNLLU(name string) ([]conllu.Sentence, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return conllu.Read(f, name)
}

func printParseScores(w io.Writer, name string, sc *udeval.Scores, worst int) {
	fmt.Fprintf(w, "%s: %d words, gold tokenization\n\n", name, sc.Words)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "metric\taccuracy\tcorrect\t")
	for _, m := range udeval.Metrics {
		fmt.Fprintf(tw, "%s\t%.2f\t%d\t\n", m, sc.Accuracy(m), sc.Correct[m])
	}
	tw.Flush()
	if worst <= 0 {
		return
	}
	for _, m := range []string{"UPOS", "XPOS", "Lemmas", "DEPREL", "HEAD"} {
		cs := sc.Worst(m, worst)
		if len(cs) == 0 {
			continue
		}
		fmt.Fprintf(w, "\nworst %s confusions (gold → predicted):\n", m)
		for _, c := range cs {
			fmt.Fprintf(w, "  %6d  %s → %s\n", c.Count, c.Gold, c.Pred)
		}
	}
}
