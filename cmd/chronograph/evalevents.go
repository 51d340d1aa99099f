package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/chronograph-news/chronograph/diag"
	"github.com/chronograph-news/chronograph/eval"
	"github.com/chronograph-news/chronograph/pipeline"
)

// runEvalEvents scores the events chronograph builds from the articles of
// a gold set against its gold events.
func runEvalEvents(e env, args []string) error {
	g := newGoldFlags(e, "events", "read the gold articles, `DIR`/DOC.tml, from this folder",
		"also list the unmatched gold events and predictions, and the matched ones not fully right",
		"Builds the events of the gold files' articles as chronograph build does,\n"+
			"matches them with the gold events (same article, overlapping sentence) and\n"+
			"prints precision, recall, strict recall, type, participant and date\n"+
			"accuracy, duplicate and fully-right rates for the dev and heldout splits\n"+
			"and all (see eval/gold/README.md).")
	cameoVerbs := g.fs.Bool("cameo-verbs", false, "build as chronograph build --cameo-verbs does")
	pos, done, err := g.parse(args)
	if done {
		return err
	}
	articles, asJSON, misses := g.articles, g.asJSON, g.misses
	gold, nerr := readGoldFiles(e, pos, eval.ReadGold)
	nerr += reportDiag(e.stderr, eval.CheckSet(gold))
	if len(gold) == 0 {
		return errors.New("eval events: no gold event could be read")
	}
	docs, errs := eval.ReadArticles(gold, *articles)
	report(e.stderr, errs)
	nerr += len(errs)
	m, errs := eval.Evaluate(gold, docs, pipeline.Options{CAMEOVerbs: *cameoVerbs})
	report(e.stderr, errs)
	nerr += len(errs)
	if m == nil {
		return errors.New("eval events: build failed")
	}
	r := m.Score()
	if !*misses {
		r.MissedGold, r.Unmatched = nil, nil
	}
	if *asJSON {
		err = writeEventsJSON(e.stdout, pos, r, *misses)
	} else {
		err = writeEventsTable(e.stdout, pos, r, *misses)
	}
	if err != nil {
		return err
	}
	if nerr > 0 {
		return fmt.Errorf("eval events: %d error(s) (see above)", nerr)
	}
	return nil
}

// goldFlags are the flags of the eval commands that score builds against
// a gold set read from files: eval events and eval items.
type goldFlags struct {
	fs       *flag.FlagSet
	articles *string
	asJSON   *bool
	misses   *bool
}

// newGoldFlags makes the flag set of "eval NAME": --articles (the gold
// articles are TE3-Silver articles: silverDir, see bench.go), --json and
// --misses, with their help texts and the command's description.
func newGoldFlags(e env, name, articlesHelp, missesHelp, about string) *goldFlags {
	fs := flag.NewFlagSet("eval "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	g := &goldFlags{
		fs:       fs,
		articles: fs.String("articles", silverDir, articlesHelp),
		asJSON:   fs.Bool("json", false, "print the scores as JSON"),
		misses:   fs.Bool("misses", false, missesHelp),
	}
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: chronograph eval %s [flags] GOLD.jsonl ...\n\n%s\n\nflags:\n", name, about)
		fs.PrintDefaults()
	}
	return g
}

// parse parses args; it returns the gold files, or done (with the error
// to return) when the command must stop: help asked, bad flags, no file.
func (g *goldFlags) parse(args []string) (pos []string, done bool, err error) {
	pos, done, err = parseFlags(g.fs, args)
	if done {
		return nil, true, err
	}
	if len(pos) == 0 {
		g.fs.Usage()
		return nil, true, errUsage
	}
	return pos, false, nil
}

// readGoldFile reads the gold file called name with read.
func readGoldFile[T any](name string, read func(io.Reader, string) ([]T, error)) ([]T, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return read(f, name)
}

// readGoldFiles reads every gold file of names with read, printing each
// error to e.stderr; it returns the records read and how many errors
// there were.
func readGoldFiles[T any](e env, names []string, read func(io.Reader, string) ([]T, error)) ([]T, int) {
	var (
		out  []T
		nerr int
	)
	for _, name := range names {
		rs, err := readGoldFile(name, read)
		nerr += reportDiag(e.stderr, err)
		out = append(out, rs...)
	}
	return out, nerr
}

// reportDiag prints err, one line per error of a diag.List, and returns
// how many errors it held.
func reportDiag(w io.Writer, err error) int {
	if err == nil {
		return 0
	}
	var l diag.List
	if !errors.As(err, &l) {
		fmt.Fprintln(w, err)
		return 1
	}
	for _, e := range l {
		fmt.Fprintln(w, e)
	}
	return len(l)
}

// eventsJSON is the --json output.
type eventsJSON struct {
	GoldFiles []string     `json:"gold_files"`
	Splits    []splitJSON  `json:"splits"`
	Missed    *[]eval.Miss `json:"missed_gold,omitempty"`
	Unmatched *[]eval.Miss `json:"unmatched_predictions,omitempty"`
}

type splitJSON struct {
	eval.Counts
	Rates eval.Rates `json:"rates"`
}

func writeEventsJSON(w io.Writer, files []string, r *eval.Report, misses bool) error {
	out := eventsJSON{GoldFiles: files}
	for _, c := range r.Splits {
		out.Splits = append(out.Splits, splitJSON{c, c.Rates()})
	}
	if misses {
		g, p := nonNil(r.MissedGold), nonNil(r.Unmatched)
		out.Missed, out.Unmatched = &g, &p
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func nonNil(ms []eval.Miss) []eval.Miss {
	if ms == nil {
		return []eval.Miss{}
	}
	return ms
}

// writeEventsTable prints the scores as a table, one column per split.
func writeEventsTable(w io.Writer, files []string, r *eval.Report, misses bool) error {
	all := r.Splits[len(r.Splits)-1]
	fmt.Fprintf(w, "events against %s: %d articles, %d gold events, %d predictions\n\n",
		strings.Join(files, ", "), all.Articles, all.Gold, all.Predicted)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "metric")
	for _, c := range r.Splits {
		fmt.Fprintf(tw, "\t%s", c.Split)
	}
	fmt.Fprintln(tw, "\tof")
	rows := []struct {
		name, of string
		cell     func(eval.Counts) string
	}{
		{"articles", "", func(c eval.Counts) string { return fmt.Sprint(c.Articles) }},
		{"gold events", "", func(c eval.Counts) string { return fmt.Sprint(c.Gold) }},
		{"predictions", "", func(c eval.Counts) string { return fmt.Sprint(c.Predicted) }},
		{"precision", "predictions", func(c eval.Counts) string { return share(c.Real, c.Predicted) }},
		{"recall", "gold", func(c eval.Counts) string { return share(c.Matched, c.Gold) }},
		{"strict recall", "gold (type, main actor, exact date)", func(c eval.Counts) string { return share(c.Strict, c.Gold) }},
		{"CAMEO root", "matched", func(c eval.Counts) string { return share(c.CAMEORoot, c.Matched) }},
		{"type", "matched", func(c eval.Counts) string { return share(c.TypeAgree, c.Matched) }},
		{"participants", "matched", func(c eval.Counts) string { return share(c.Participants, c.Matched) }},
		{"date", "matched", func(c eval.Counts) string { return share(c.Dates, c.Matched) }},
		{"duplicates", "predictions", func(c eval.Counts) string { return share(c.Duplicates, c.Predicted) }},
		{"  within", "predictions", func(c eval.Counts) string { return share(c.DupWithin, c.Predicted) }},
		{"  across", "predictions", func(c eval.Counts) string { return share(c.DupAcross, c.Predicted) }},
		{"fully right", "predictions", func(c eval.Counts) string { return share(c.FullyRight, c.Predicted) }},
	}
	for _, row := range rows {
		fmt.Fprint(tw, row.name)
		for _, c := range r.Splits {
			fmt.Fprintf(tw, "\t%s", row.cell(c))
		}
		fmt.Fprintf(tw, "\t%s\n", row.of)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if !misses {
		return nil
	}
	fmt.Fprintf(w, "\nunmatched gold events (%d):\n", len(r.MissedGold))
	for _, m := range r.MissedGold {
		fmt.Fprintf(w, "  %s  %s  %s  (%s)\n      %q\n", m.Doc, m.ID, m.Type, m.Where, m.Quote)
	}
	fmt.Fprintf(w, "\nunmatched predictions (%d):\n", len(r.Unmatched))
	for _, m := range r.Unmatched {
		fmt.Fprintf(w, "  %s  %s  %s\n      %q\n", m.Doc, m.ID, m.Type, m.Quote)
	}
	fmt.Fprintf(w, "\nmatched, not fully right (%d):\n", len(r.Wrong))
	for _, m := range r.Wrong {
		fmt.Fprintf(w, "  %s  %s  wrong: %s\n", m.Doc, m.ID, strings.Join(m.Wrong, ", "))
		fmt.Fprintf(w, "      gold %s %s  %s\n", m.GoldType, m.GoldDate, strings.Join(m.GoldParticipants, "; "))
		fmt.Fprintf(w, "      got  %s %s  %s\n", m.Type, m.Date, strings.Join(m.Participants, "; "))
		fmt.Fprintf(w, "      %q\n", m.Quote)
	}
	return nil
}

// share formats a/b as a percentage with the counts: "45.0 (9/20)", or
// "- (0/0)".
func share(a, b int) string {
	if b == 0 {
		return "- (0/0)"
	}
	return fmt.Sprintf("%.1f (%d/%d)", 100*float64(a)/float64(b), a, b)
}
