package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/chronograph-news/chronograph/diag"
	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/timeline"
)

// parseOutput is the JSON written by "chronograph parse --format json".
type parseOutput struct {
	Documents []parseDocument `json:"documents"`
}

type parseDocument struct {
	ID        string             `json:"id"`
	Sentences []nlp.SentenceJSON `json:"sentences"`
}

// runParse implements "chronograph parse [--input text|conllu] [--format
// conllu|json] FILE|-".
func runParse(e env, args []string) error {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	input := fs.String("input", "text", "input `kind`: text (an article: plain, seed-style, JSONL or TimeML) or conllu (re-annotate its words)")
	format := fs.String("format", "conllu", "output `format`: conllu or json")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: chronograph parse [flags] FILE|-\n\n"+
			"Analyses text with the language core: sentences, words, UPOS and XPOS\n"+
			"tags, lemmas, features, a dependency tree and names (NER=B-PER… in MISC).\n"+
			"With --input conllu the words of a CoNLL-U file are kept (with its\n"+
			"sentence ids and comments) and its other columns filled by the models.\n"+
			"\"-\" reads standard input.\n\nflags:")
		fs.PrintDefaults()
	}
	pos, done, err := parseFlags(fs, args)
	if done {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return errUsage
	}
	if *input != "text" && *input != "conllu" {
		fmt.Fprintf(e.stderr, "chronograph parse: unknown input %q (text or conllu)\n", *input)
		return errUsage
	}
	if *format != "conllu" && *format != "json" {
		fmt.Fprintf(e.stderr, "chronograph parse: unknown format %q (conllu or json)\n", *format)
		return errUsage
	}
	p, err := nlp.Default()
	if err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	name := pos[0]
	in, err := openInput(e, name)
	if err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	defer in.Close()
	out := bufio.NewWriter(e.stdout)
	var nerr int
	if *input == "conllu" {
		nerr, err = parseCoNLLU(e, p, in, name, *format, out)
	} else {
		nerr, err = parseText(e, p, in, name, *format, out)
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	if nerr > 0 {
		return fmt.Errorf("parse: %d errors reported above", nerr)
	}
	return nil
}

// parseCoNLLU re-annotates the sentences of a CoNLL-U input one at a time
// (a large file is never held whole) and returns how many bad sentences it
// reported on stderr and skipped.
func parseCoNLLU(e env, p *nlp.Pipeline, in io.Reader, name, format string, w io.Writer) (int, error) {
	var errs diag.List
	var all []nlp.SentenceJSON
	err := conllu.Scan(in, name, func(s conllu.Sentence) error {
		for i := range s.Tokens {
			t := &s.Tokens[i]
			t.Lemma, t.UPOS, t.XPOS, t.Feats, t.Head, t.DepRel = "", "", "", "", -1, ""
		}
		p.Annotate(&s)
		if format == "json" {
			all = append(all, nlp.ToJSON([]conllu.Sentence{s})...)
			return nil
		}
		return conllu.Write(w, []conllu.Sentence{s})
	}, &errs)
	errs.Sort()
	for _, d := range errs {
		fmt.Fprintln(e.stderr, d)
	}
	if err != nil {
		return len(errs), err
	}
	if format == "json" {
		id := document.ID(name)
		err = timeline.EncodeJSON(w, parseOutput{Documents: []parseDocument{{ID: id, Sentences: nonNilSentences(all)}}})
	}
	return len(errs), err
}

// parseText analyses each article of the input (plain text, seed-style,
// front matter, JSON Lines or TimeML, as build reads them); offsets are
// into each article's text.
func parseText(e env, p *nlp.Pipeline, in io.Reader, name, format string, w io.Writer) (int, error) {
	data, err := io.ReadAll(in)
	if err != nil {
		return 0, err
	}
	docs, perr := document.Parse(name, data)
	nerr := 0
	if perr != nil {
		var l document.ErrorList
		if errors.As(perr, &l) {
			for _, d := range l {
				fmt.Fprintln(e.stderr, d)
			}
			nerr = len(l)
		} else {
			fmt.Fprintln(e.stderr, perr)
			nerr = 1
		}
	}
	var out parseOutput
	for _, d := range docs {
		sents := p.Analyze(d.Text)
		if format == "json" {
			out.Documents = append(out.Documents, parseDocument{ID: d.ID, Sentences: nonNilSentences(nlp.ToJSON(sents))})
			continue
		}
		if len(sents) > 0 {
			sents[0].Comments = append([]string{"newdoc id = " + d.ID}, sents[0].Comments...)
		}
		if err := conllu.Write(w, sents); err != nil {
			return nerr, err
		}
	}
	if format == "json" {
		if out.Documents == nil {
			out.Documents = []parseDocument{}
		}
		return nerr, timeline.EncodeJSON(w, out)
	}
	return nerr, nil
}

func nonNilSentences(s []nlp.SentenceJSON) []nlp.SentenceJSON {
	if s == nil {
		return []nlp.SentenceJSON{}
	}
	return s
}
