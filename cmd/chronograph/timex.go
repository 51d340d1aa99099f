package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/timeline"
	"github.com/chronograph-news/chronograph/timeml"
	"github.com/chronograph-news/chronograph/timex"
)

// runTimex implements "chronograph timex [--dct DATE] [--format json|timeml] FILE|-".
func runTimex(e env, args []string) error {
	fs := flag.NewFlagSet("timex", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dctFlag := fs.String("dct", "", "document creation time `YYYY-MM-DD` (overrides the file's)")
	format := fs.String("format", "json", "output `format`: json or timeml")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: chronograph timex [flags] FILE|-\n\n"+
			"Tags the time expressions of one article: plain text, text with a\n"+
			"\" date YYYY-MM-DD \" first line or YAML front matter, or TimeML (.tml;\n"+
			"DCT from <DCT>). \"-\" reads standard input.\n\nflags:")
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
	if *format != "json" && *format != "timeml" {
		fmt.Fprintf(e.stderr, "chronograph timex: unknown format %q (json or timeml)\n", *format)
		return errUsage
	}
	name := pos[0]
	in, err := openInput(e, name)
	if err != nil {
		return fmt.Errorf("timex: %w", err)
	}
	data, err := io.ReadAll(in)
	in.Close()
	if err != nil {
		return fmt.Errorf("timex: %w", err)
	}
	docs, err := document.Parse(name, data)
	if len(docs) == 0 {
		if err == nil {
			err = fmt.Errorf("%s: no article", name)
		}
		return err
	}
	if err != nil {
		fmt.Fprintln(e.stderr, err) // a recoverable problem, e.g. a bad header date
	}
	if len(docs) > 1 {
		return fmt.Errorf("%s: %d articles; the timex command tags one (use build for many)", name, len(docs))
	}
	d := docs[0]
	if *dctFlag != "" {
		t, err := document.ParseDate(*dctFlag)
		if err != nil {
			return fmt.Errorf("--dct: %v", err)
		}
		d.DCT, d.DCTOrigin = t, document.Flag
	}
	if d.DCTOrigin == document.None {
		fmt.Fprintf(e.stderr, "%s: no document date (give --dct YYYY-MM-DD); relative expressions stay unresolved\n", name)
	}
	found := tagText(d.Text, d.DCT)
	var buf bytes.Buffer
	switch *format {
	case "json":
		err = writeTimexJSON(&buf, found)
	case "timeml":
		err = writeTimexTimeML(&buf, e.stderr, name, d, found)
	}
	if err != nil {
		return err
	}
	_, err = e.stdout.Write(buf.Bytes())
	return err
}

// tagText runs the time tagger over text with document creation time dct.
func tagText(text string, dct time.Time) []timex.Timex {
	return timex.Tag(text, dct)
}

// fromTimex converts tagger output to TimeML expressions.
func fromTimex(ts []timex.Timex) []timeml.Timex {
	out := make([]timeml.Timex, 0, len(ts))
	for _, t := range ts {
		out = append(out, timeml.Timex{
			Start: t.Start, End: t.End, Text: t.Text,
			Type: string(t.Type), Value: t.Value, Mod: t.Mod,
		})
	}
	return out
}

// jsonTimex is the JSON form of one expression.
type jsonTimex struct {
	Start       int           `json:"start"`
	End         int           `json:"end"`
	Text        string        `json:"text"`
	Type        string        `json:"type"`
	Value       string        `json:"value"`
	Mod         string        `json:"mod,omitempty"`
	Granularity string        `json:"granularity,omitempty"`
	Interval    *jsonInterval `json:"interval,omitempty"`
}

type jsonInterval struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// writeTimexJSON writes the expressions as one indented JSON array.
func writeTimexJSON(w io.Writer, ts []timex.Timex) error {
	out := make([]jsonTimex, 0, len(ts))
	for _, t := range ts {
		j := jsonTimex{
			Start: t.Start, End: t.End, Text: t.Text,
			Type: string(t.Type), Value: t.Value, Mod: t.Mod,
			Granularity: string(t.Granularity),
		}
		if t.Interval != nil {
			j.Interval = &jsonInterval{t.Interval.Start.Format("2006-01-02"), t.Interval.End.Format("2006-01-02")}
		}
		out = append(out, j)
	}
	return timeline.EncodeJSON(w, out)
}

// writeTimexTimeML writes the article and its expressions as a TempEval-3
// TimeML document; expressions overlapping an earlier one are dropped with
// a warning, since TimeML cannot nest them.
func writeTimexTimeML(w, warn io.Writer, name string, d document.Document, ts []timex.Timex) error {
	kept, dropped := timeml.NonOverlapping(fromTimex(ts))
	for _, t := range dropped {
		fmt.Fprintf(warn, "%s: dropped %q at byte %d: overlaps another expression\n", name, t.Text, t.Start)
	}
	td := &timeml.Document{DocID: d.ID, Text: d.Text, Timexes: kept}
	if d.DCTOrigin != document.None {
		td.DCT = timeml.Timex{Type: "DATE", Value: d.DCT.Format("2006-01-02")}
	}
	return timeml.Write(w, td)
}
