package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/atomicfile"
	"github.com/chronograph-news/chronograph/build"
	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// writer writes one output format of a build into dir. Writers must write
// through atomicfile so that a reader never sees a half-written file.
type writer func(dir string, tl *timeline.Timeline, g *graph.Graph) error

// format is one --formats name: the files it writes and how.
type format struct {
	name  string
	files []string // base names, for the summary line
	write writer
}

// formats lists every output format in the order they are written.
// Exporters plug in here.
func formats() []format {
	return []format{
		{"json", []string{"timeline.json", "graph.json"}, writeJSON},
	}
}

// writeJSON writes timeline.json and graph.json.
func writeJSON(dir string, tl *timeline.Timeline, g *graph.Graph) error {
	if err := atomicfile.Write(filepath.Join(dir, "timeline.json"), tl.WriteJSON); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, "graph.json"), g.WriteJSON)
}

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// dateFlag is a repeatable --date: ID=YYYY-MM-DD for one document, or
// YYYY-MM-DD for every undated document.
type dateFlag struct {
	all  time.Time
	byID map[string]time.Time
}

func (d *dateFlag) String() string { return "" }

func (d *dateFlag) Set(s string) error {
	id, value, perDoc := strings.Cut(s, "=")
	if !perDoc {
		value = s
	}
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(value))
	if err != nil {
		return fmt.Errorf("want ID=YYYY-MM-DD or YYYY-MM-DD, got %q", s)
	}
	if !perDoc {
		d.all = t
		return nil
	}
	if d.byID == nil {
		d.byID = map[string]time.Time{}
	}
	d.byID[strings.TrimSpace(id)] = t
	return nil
}

// dayFlag is a YYYY-MM-DD flag.
type dayFlag struct{ t *time.Time }

func (d dayFlag) String() string {
	if d.t == nil || d.t.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

func (d dayFlag) Set(s string) error {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return fmt.Errorf("want YYYY-MM-DD, got %q", s)
	}
	*d.t = t
	return nil
}

// buildConfig is a parsed "chronograph build" command line.
type buildConfig struct {
	dir     string
	paths   []string
	opt     build.Options
	formats []format
}

func parseBuildFlags(e env, args []string) (*buildConfig, error) {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var (
		cfg          buildConfig
		dates        dateFlag
		actorFiles   listFlag
		actors       listFlag
		types        listFlag
		formatList   string
		from, to     time.Time
		all          bool
		formatsKnown = formats()
	)
	names := make([]string, len(formatsKnown))
	for i, f := range formatsKnown {
		names[i] = f.name
	}
	fs.StringVar(&cfg.dir, "o", "out", "write the outputs to `DIR`")
	fs.Var(&dates, "date", "set a DCT: `ID=YYYY-MM-DD` for one document, YYYY-MM-DD for every undated one (repeatable)")
	fs.Var(&actorFiles, "actors", "merge the actor gazetteer `FILE` (YAML) over the built-in one (repeatable)")
	fs.Var(dayFlag{&from}, "from", "keep events that end on or after `YYYY-MM-DD`")
	fs.Var(dayFlag{&to}, "to", "keep events that start on or before `YYYY-MM-DD`")
	fs.Var(&actors, "actor", "keep events with this `actor` (id, name or alias; repeatable)")
	fs.Var(&types, "type", "keep events of this `type` (repeatable)")
	fs.BoolVar(&all, "all", false, "include planned, hypothetical and negated events")
	fs.StringVar(&formatList, "formats", "all", "comma-separated output `formats`: all or "+strings.Join(names, ", "))
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: chronograph build [flags] [PATH ...]\n\nReads the articles of the PATHs (files, folders, - for stdin; default seeds)\nand writes the timeline, graph and diagrams.\n\nflags:")
		fs.PrintDefaults()
	}
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, nil
		}
		return nil, errUsage
	}
	cfg.paths = paths
	if len(cfg.paths) == 0 {
		cfg.paths = []string{"seeds"}
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return nil, fmt.Errorf("build: --to %s is before --from %s", to.Format(time.DateOnly), from.Format(time.DateOnly))
	}
	cfg.opt = build.Options{
		Dates: dates.byID, AllDate: dates.all, ActorFiles: actorFiles, IncludeAll: all,
		Filter: timeline.Filter{From: from, To: to, Actors: actors, Types: types},
	}
	for _, name := range strings.Split(formatList, ",") {
		name = strings.TrimSpace(name)
		switch i := slices.IndexFunc(formatsKnown, func(f format) bool { return f.name == name }); {
		case name == "all":
			cfg.formats = formatsKnown
		case name == "":
		case i >= 0:
			if !slices.ContainsFunc(cfg.formats, func(f format) bool { return f.name == name }) {
				cfg.formats = append(cfg.formats, formatsKnown[i])
			}
		default:
			return nil, fmt.Errorf("build: unknown format %q (known: all, %s)", name, strings.Join(names, ", "))
		}
	}
	return &cfg, nil
}

// runBuild implements "chronograph build".
func runBuild(e env, args []string) error {
	cfg, err := parseBuildFlags(e, args)
	if cfg == nil || err != nil {
		return err
	}
	docs, errs := document.ReadPaths(cfg.paths, e.stdin)
	report(e.stderr, errs)
	nerr := len(errs)
	if len(docs) == 0 {
		fmt.Fprintf(e.stderr, "chronograph build: no document could be read from %s; nothing written\n", strings.Join(cfg.paths, " "))
		return errors.New("build: no documents")
	}
	tl, errs := build.Build(docs, cfg.opt)
	report(e.stderr, errs)
	nerr += len(errs)
	if tl == nil {
		return errors.New("build: failed")
	}
	g, err := graph.Build(tl)
	if err != nil {
		return fmt.Errorf("build: graph: %w", err)
	}
	if err := os.MkdirAll(cfg.dir, 0o755); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	var written []string
	for _, f := range cfg.formats {
		if err := f.write(cfg.dir, tl, g); err != nil {
			return fmt.Errorf("build: %s: %w", f.name, err)
		}
		written = append(written, f.files...)
	}
	problems := ""
	if nerr > 0 {
		problems = fmt.Sprintf(" (%d errors reported above)", nerr)
	}
	fmt.Fprintf(e.stdout, "chronograph build: %d documents%s, %d actors, %d events; wrote %s to %s\n",
		len(tl.Documents), problems, len(tl.Actors), len(tl.Events), strings.Join(written, ", "), cfg.dir)
	return nil
}

// report prints each error on its own line.
func report(w io.Writer, errs []error) {
	for _, err := range errs {
		fmt.Fprintln(w, err)
	}
}
