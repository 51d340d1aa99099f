package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/tempeval"
	"github.com/chronograph-news/chronograph/timeml"
)

// runEval implements "chronograph eval STAGE ...".
func runEval(e env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(e.stderr, "usage: chronograph eval timex [-misses N] GOLD_DIR [SYSTEM_DIR]\n"+
			"       chronograph eval parse [flags] GOLD.conllu [SYSTEM.conllu]\n"+
			"       chronograph eval events [--articles DIR] [--json] [--misses] GOLD.jsonl ...\n"+
			"       chronograph eval items [--articles DIR] [--json] [--misses] [--together] GOLD.jsonl ...\n"+
			"       chronograph eval dct [--json] TRUTH_TSV PATH ...")
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	switch args[0] {
	case "timex":
		return runEvalTimex(e, args[1:])
	case "parse":
		return runEvalParse(e, args[1:])
	case "events":
		return runEvalEvents(e, args[1:])
	case "items":
		return runEvalItems(e, args[1:])
	case "dct":
		return runEvalDCT(e, args[1:])
	}
	fmt.Fprintf(e.stderr, "chronograph eval: unknown stage %q (known: timex, parse, events, items, dct)\n", args[0])
	return errUsage
}

// runEvalTimex scores time expressions against TimeML gold files, TempEval-3
// Task A style. Without SYSTEM_DIR it tags each gold TEXT itself.
func runEvalTimex(e env, args []string) error {
	fs := flag.NewFlagSet("eval timex", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	misses := fs.Int("misses", 20, "show the `N` worst groups of misses (0: none, -1: all)")
	examples := fs.Int("examples", 2, "show up to `N` examples of each group of misses")
	kind := fs.String("kind", "", "show only misses of this `kind`: missed, spurious, value, type or span")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: chronograph eval timex [flags] GOLD_DIR [SYSTEM_DIR]\n\n"+
			"Scores time expressions against the TimeML (.tml) files of GOLD_DIR, read\n"+
			"recursively. Without SYSTEM_DIR, each gold TEXT is tagged with the built-in\n"+
			"tagger using the gold DCT; else SYSTEM_DIR must hold TimeML files of the same\n"+
			"relative paths (or base names) and the same TEXT.\n\nflags:")
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
	var only []tempeval.Kind
	if *kind != "" {
		k, ok := tempeval.ParseKind(*kind)
		if !ok {
			fmt.Fprintf(e.stderr, "chronograph eval timex: unknown kind %q (missed, spurious, value, type or span)\n", *kind)
			return errUsage
		}
		only = append(only, k)
	}
	goldDir, sysDir := pos[0], ""
	if len(pos) == 2 {
		sysDir = pos[1]
	}
	docs, lines, errs := tempeval.Pair(goldDir, sysDir, func(text string, dct time.Time) []timeml.Timex {
		return fromTimex(tagText(text, dct))
	})
	if len(docs) == 0 {
		report(e.stderr, errs)
		return fmt.Errorf("eval timex: nothing to score under %s", goldDir)
	}
	report(e.stderr, errs)
	nerr := len(errs)
	res := tempeval.Score(docs)
	printScores(e.stdout, res)
	printMisses(e.stdout, res.Misses, only, lines, *misses, *examples)
	if nerr > 0 {
		return fmt.Errorf("eval timex: %d file(s) had errors (see above)", nerr)
	}
	return nil
}

func pct(x float64) string { return fmt.Sprintf("%5.1f", 100*x) }

// printScores prints the TempEval-3 scores as percentages.
func printScores(w io.Writer, r tempeval.Result) {
	fmt.Fprintf(w, "TempEval-3 time expressions: %d documents, %d gold, %d system\n\n", r.Docs, r.Gold, r.System)
	fmt.Fprintf(w, "%-8s %6s %6s %6s\n", "", "P", "R", "F1")
	row := func(name string, s tempeval.PRF, note string) {
		fmt.Fprintf(w, "%-8s %6s %6s %6s   %s\n", name, pct(s.P), pct(s.R), pct(s.F1), note)
	}
	row("strict", r.Strict(), fmt.Sprintf("exact span: %d of %d system, %d of %d gold", r.StrictSystem, r.System, r.StrictGold, r.Gold))
	row("relaxed", r.Relaxed(), fmt.Sprintf("overlap: %d of %d system, %d of %d gold", r.RelaxedSys, r.System, r.RelaxedGold, r.Gold))
	row("type", r.Type(), fmt.Sprintf("accuracy %s%% (%d of %d relaxed matches)", strings.TrimSpace(pct(r.TypeAccuracy())), r.TypeMatch, r.RelaxedGold))
	row("value", r.Value(), fmt.Sprintf("accuracy %s%% (%d of %d relaxed matches)", strings.TrimSpace(pct(r.ValueAccuracy())), r.ValueMatch, r.RelaxedGold))
	if len(r.ByType) == 0 {
		return
	}
	fmt.Fprintf(w, "\nby type (recall, type and value accuracy by gold type; precision by system type):\n")
	fmt.Fprintf(w, "%-10s %6s %6s %6s %6s %6s %6s %6s\n", "", "gold", "system", "P", "R", "F1", "type", "value")
	for _, t := range r.Types() {
		c := r.ByType[t]
		name := t
		if name == "" {
			name = "(none)"
		}
		rel := c.Relaxed()
		fmt.Fprintf(w, "%-10s %6d %6d %6s %6s %6s %6s %6s\n", name, c.Gold, c.System,
			pct(rel.P), pct(rel.R), pct(rel.F1), pct(c.TypeAccuracy()), pct(c.ValueAccuracy()))
	}
}

// printMisses prints the counts of misses by kind and the worst groups of
// misses (of the kinds in only, if any) with examples.
func printMisses(w io.Writer, all []tempeval.Miss, only []tempeval.Kind, gold map[string]*timeml.Document, n, examples int) {
	if n == 0 || len(all) == 0 {
		return
	}
	count := map[tempeval.Kind]int{}
	var ms []tempeval.Miss
	for _, m := range all {
		count[m.Kind]++
		if len(only) == 0 || slices.Contains(only, m.Kind) {
			ms = append(ms, m)
		}
	}
	fmt.Fprintf(w, "\nmisses: %d missed, %d spurious, %d wrong value, %d wrong type, %d wrong span\n",
		count[tempeval.Missed], count[tempeval.Spurious], count[tempeval.WrongValue], count[tempeval.WrongType], count[tempeval.WrongSpan])
	groups := tempeval.Groups(ms)
	if n < 0 || n > len(groups) {
		n = len(groups)
	}
	fmt.Fprintf(w, "worst %d of %d groups (same kind, same text with digits as 9):\n", n, len(groups))
	for _, g := range groups[:n] {
		fmt.Fprintf(w, "\n%4d× %-8s %q\n", len(g.Misses), g.Kind, g.Shape)
		for i, m := range g.Misses {
			if examples >= 0 && i >= examples {
				break
			}
			line := 0
			if d := gold[m.Doc]; d != nil {
				line = d.Line(m.Start)
			}
			fmt.Fprintf(w, "      %s:%d  gold %s  system %s\n", m.Doc, line, describe(m.Gold), describe(m.System))
			fmt.Fprintf(w, "        %s\n", m.Context)
		}
	}
}

// describe shows an expression as "text" → VALUE TYPE [mod].
func describe(t *timeml.Timex) string {
	if t == nil {
		return "—"
	}
	s := fmt.Sprintf("%q → %s %s", t.Text, t.Value, t.Type)
	if t.Mod != "" {
		s += " mod=" + t.Mod
	}
	return s
}
