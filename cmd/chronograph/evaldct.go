package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/eval"
	"github.com/chronograph-news/chronograph/pipeline"
)

// runEvalDCT implements "chronograph eval dct": the articles of a truth
// file are read without their dates, the build infers them, and each
// inferred date is compared with the truth.
func runEvalDCT(e env, args []string) error {
	fs := flag.NewFlagSet("eval dct", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	asJSON := fs.Bool("json", false, "print the results as JSON")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: chronograph eval dct [--json] TRUTH_TSV PATH ...\n\n"+
			"Reads the articles of the PATHs (files, folders) as chronograph build does,\n"+
			"removes the date of each article the truth file lists (lines ID<TAB>YYYY-MM-DD),\n"+
			"builds, and prints for each the inferred date against the true one: right\n"+
			"(the day), near (within 3 days), wrong, or none (no date inferred). An\n"+
			"inferred interval (a month, a range) is near when all its days are within\n"+
			"3 days of the truth, else holds (it holds the truth) or wrong.\n\nflags:")
		fs.PrintDefaults()
	}
	pos, done, err := parseFlags(fs, args)
	if done {
		return err
	}
	if len(pos) < 2 {
		fs.Usage()
		return errUsage
	}
	f, err := os.Open(pos[0])
	if err != nil {
		return fmt.Errorf("eval dct: %w", err)
	}
	truth, err := eval.ReadDCTTruth(f, pos[0])
	f.Close()
	nerr := reportDiag(e.stderr, err)
	if len(truth) == 0 {
		return errors.New("eval dct: no truth line could be read")
	}
	docs, errs := document.ReadPaths(pos[1:], e.stdin)
	report(e.stderr, errs)
	nerr += len(errs)
	undated := map[string]bool{}
	for _, t := range truth {
		undated[t.ID] = true
	}
	for i := range docs {
		if undated[docs[i].ID] {
			docs[i].DCT, docs[i].DCTOrigin = time.Time{}, document.None
		}
	}
	tl, errs := pipeline.Build(docs, pipeline.Options{})
	report(e.stderr, errs)
	nerr += len(errs)
	if tl == nil {
		return errors.New("eval dct: build failed")
	}
	r, err := eval.ScoreDCT(truth, tl.Documents)
	nerr += reportDiag(e.stderr, err)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(r)
	} else {
		err = writeDCTTable(e, r)
	}
	if err != nil {
		return err
	}
	if nerr > 0 {
		return fmt.Errorf("eval dct: %d error(s) (see above)", nerr)
	}
	return nil
}

// writeDCTTable prints one line per article and the totals.
func writeDCTTable(e env, r *eval.DCTReport) error {
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "article\ttruth\tinferred\toff\tclass\treason")
	for _, x := range r.Results {
		inferred, off := x.Inferred, fmt.Sprintf("%+d", x.DaysOff)
		if inferred == "" {
			inferred, off = "-", "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", x.ID, x.Truth, inferred, off, x.Class, x.Reason)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	n := len(r.Results)
	fmt.Fprintf(e.stdout, "\n%d articles: %d right, %d near (within %d days), %d holds (an interval holding the truth), %d wrong, %d none; %d off by %d days or more\n",
		n, r.Right, r.Near, eval.DCTNearDays, r.Holds, r.Wrong, r.None, r.Far, eval.DCTFarDays)
	return nil
}
