package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/export"
	"github.com/chronograph-news/chronograph/export/dot"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/outdir"
	"github.com/chronograph-news/chronograph/pipeline"
	"github.com/chronograph-news/chronograph/timeline"
)

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

// holdTextBytes is document.ReadOptions.HoldBytes for build: a corpus
// whose texts total at most this keeps them from the first read until
// each document is analysed, rather than parsing every file again to lex
// it and to analyse it
// (TE3-Silver's 2,452 articles, 27 MB of TimeML, hold 3.9 MB of text; the
// second parse was an eighth of the CPU of a build that adds 10 articles to
// a --store of the others). A larger corpus streams as before: the memory
// of the large builds is unchanged.
const holdTextBytes = 8 << 20

// buildConfig is a parsed "chronograph build" command line.
type buildConfig struct {
	dir     string
	paths   []string
	opt     pipeline.Options
	formats []export.Format
	diagram dot.Options
	// force writes an empty result over a folder that holds one.
	force bool
	read  document.ReadOptions
	// quiet and verbose tune the progress shown on stderr.
	quiet, verbose bool
	// store is the --store file ("" for none); storeStrict stops the
	// build when it cannot be used.
	store       string
	storeStrict bool
	// cpuProfile and memProfile are the --cpuprofile and --memprofile
	// files ("" for none).
	cpuProfile, memProfile string
}

func parseBuildFlags(e env, args []string) (*buildConfig, error) {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var (
		cfg        buildConfig
		dates      dateFlag
		actorFiles listFlag
		actors     listFlag
		types      listFlag
		formatList string
		from, to   time.Time
		all        bool
		cameoVerbs bool
		workers    int
	)
	fs.StringVar(&cfg.dir, "o", "out", "write the outputs to `DIR`")
	fs.Var(&dates, "date", "set a DCT: `ID=YYYY-MM-DD` for one document, YYYY-MM-DD for every undated one (repeatable)")
	fs.Var(&actorFiles, "actors", "merge the actor gazetteer `FILE` (YAML) over the built-in one (repeatable)")
	fs.Var(dayFlag{&from}, "from", "keep events that end on or after `YYYY-MM-DD`")
	fs.Var(dayFlag{&to}, "to", "keep events that start on or before `YYYY-MM-DD`")
	fs.Var(&actors, "actor", "keep events with this `actor` (id, name or alias; repeatable)")
	fs.Var(&types, "type", "keep events of this `type` (repeatable)")
	fs.BoolVar(&all, "all", false, "include planned, hypothetical and negated events")
	fs.BoolVar(&cameoVerbs, "cameo-verbs", false, "also take as events the verbs of the CAMEO dictionary the trigger lexicon lacks (more events found, fewer right)")
	fs.StringVar(&formatList, "formats", "all", "comma-separated output `formats`: all or "+strings.Join(export.Names(), ", "))
	fs.StringVar(&cfg.diagram.Focus, "focus", "", "draw graph.dot/svg around one `actor` (id, name or alias) only")
	fs.IntVar(&cfg.diagram.Hops, "hops", 0, "with --focus, how many edges away to draw (default 2)")
	fs.IntVar(&cfg.diagram.Top, "top", 0, "draw only the `N` actors in the most events, and their events")
	fs.IntVar(&workers, "j", 0, "analyse `N` documents at once (0: one per core); the output does not depend on it")
	cfg.read.MaxDocBytes = document.DefaultMaxDocBytes
	// the texts are read again when analysed, rather than all held;
	// those of a small corpus are held from the first read until lexed
	cfg.read.Reread = true
	cfg.read.HoldBytes = holdTextBytes
	fs.Var(sizeFlag{&cfg.read.MaxDocBytes}, "max-doc-bytes", "refuse a document (file or JSON Lines record) larger than `SIZE` (e.g. 16MB), reading no more of it")
	fs.BoolVar(&cfg.quiet, "quiet", false, "show no progress line on stderr (it shows only on a terminal)")
	fs.BoolVar(&cfg.verbose, "verbose", false, "print each stage's timing on stderr")
	fs.BoolVar(&cfg.force, "force", false, "replace the output folder even when the filters leave no event")
	fs.StringVar(&cfg.store, "store", "", "keep each document's analysis in the store `FILE` (SQLite) and reuse it in later builds: only new or changed documents are analysed again (outside the output folder)")
	fs.BoolVar(&cfg.storeStrict, "store-strict", false, "stop when the --store file cannot be used (corrupt, locked), rather than building without it")
	fs.StringVar(&cfg.cpuProfile, "cpuprofile", "", "write a CPU profile of the whole build to `FILE` (for finding where time goes)")
	fs.StringVar(&cfg.memProfile, "memprofile", "", "write a profile of the memory allocated by the whole build, and of the heap at its end, to `FILE`")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: chronograph build [flags] [PATH ...]\n\nReads the articles of the PATHs (files, folders, - for stdin; default seeds)\nand writes the timeline, graph and diagrams.\n\nflags:")
		fs.PrintDefaults()
	}
	paths, done, err := parseFlags(fs, args)
	if done {
		return nil, err
	}
	cfg.paths = paths
	if len(cfg.paths) == 0 {
		cfg.paths = []string{"seeds"}
	}
	for _, t := range types {
		if !slices.ContainsFunc(event.Types(), func(k event.Type) bool { return strings.EqualFold(string(k), t) }) {
			return nil, fmt.Errorf("build: --type %q is no event type (known: %s)", t, typeNames())
		}
	}
	if workers < 0 {
		return nil, fmt.Errorf("build: -j takes a number of 0 or more, got %d", workers)
	}
	if cfg.diagram.Hops < 0 || cfg.diagram.Top < 0 {
		return nil, fmt.Errorf("build: --hops and --top take a number of 0 or more, got %d and %d", cfg.diagram.Hops, cfg.diagram.Top)
	}
	if cfg.store != "" && inside(cfg.store, cfg.dir) {
		return nil, fmt.Errorf("build: --store %s is inside the output folder %s, which each build replaces as a whole; put it beside it", cfg.store, cfg.dir)
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return nil, fmt.Errorf("build: --to %s is before --from %s", to.Format(time.DateOnly), from.Format(time.DateOnly))
	}
	cfg.opt = pipeline.Options{
		Dates: dates.byID, AllDate: dates.all, ActorFiles: actorFiles, IncludeAll: all, CAMEOVerbs: cameoVerbs, Jobs: workers,
		Filter: timeline.Filter{From: from, To: to, Actors: actors, Types: types},
	}
	if cfg.formats, err = export.Select(formatList); err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	return &cfg, nil
}

// typeNames lists the event types, comma-separated.
func typeNames() string {
	var names []string
	for _, t := range event.Types() {
		names = append(names, string(t))
	}
	return strings.Join(names, ", ")
}

// runBuild implements "chronograph build". The output folder is replaced
// as a whole at the end (package outdir): checked and locked before any
// work, written beside itself, swapped in only when every file is written.
func runBuild(e env, args []string) error {
	cfg, err := parseBuildFlags(e, args)
	if cfg == nil || err != nil {
		return err
	}
	st, err := outdir.Begin(cfg.dir, export.Owns)
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	defer st.Abort()
	if cfg.cpuProfile != "" {
		f, err := os.Create(cfg.cpuProfile)
		if err != nil {
			return fmt.Errorf("build: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("build: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	if cfg.memProfile != "" {
		defer writeHeapProfile(e, cfg.memProfile)
	}
	stop := abortOnSignal(e, st)
	defer stop()
	var shown *progressLine
	cfg.opt.Progress, shown = newProgress(e.stderr, cfg.quiet, cfg.verbose)
	start := time.Now()
	docs, errs := document.Read(cfg.paths, e.stdin, cfg.read)
	shown.step("read", time.Since(start))
	report(e.stderr, errs)
	nerr := len(errs)
	if len(docs) == 0 {
		fmt.Fprintf(e.stderr, "chronograph build: no document could be read from %s; nothing written\n", strings.Join(cfg.paths, " "))
		return errors.New("build: no documents")
	}
	cache, err := openStore(e, cfg)
	if err != nil {
		return err
	}
	if cache != nil {
		cfg.opt.Cache = cache
	}
	tl, errs := pipeline.Build(docs, cfg.opt)
	shown.clear()
	report(e.stderr, errs)
	nerr += len(errs)
	if cache != nil {
		st := cache.Stats()
		if err := cache.Close(); err != nil {
			fmt.Fprintf(e.stderr, "chronograph build: %v (the build goes on; the store is left as it was)\n", err)
			nerr++
		} else if cfg.verbose {
			fmt.Fprintf(e.stderr, "chronograph build: store %s: %d analyses reused, %d made%s\n", cfg.store, st.Hits, st.Misses, rebuiltNote(st.Rebuilt))
		}
	}
	if tl == nil {
		return errors.New("build: failed")
	}
	if len(tl.Events) == 0 && !cfg.opt.Filter.IsZero() && !cfg.force && holdsFiles(cfg.dir) {
		return fmt.Errorf("build: no event passes the filters; %s is left as it was (--force writes the empty result)", cfg.dir)
	}
	g, err := graph.Build(tl)
	if err != nil {
		return fmt.Errorf("build: graph: %w", err)
	}
	start = time.Now()
	written, err := export.Write(&export.Output{Dir: st.Path(), Timeline: tl, Graph: g, Diagram: cfg.diagram}, cfg.formats)
	shown.step("write", time.Since(start))
	if err != nil {
		return fmt.Errorf("build: %s left as it was: %w", cfg.dir, err)
	}
	if err := st.Commit(); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	problems := ""
	if nerr > 0 {
		problems = fmt.Sprintf(" (%d errors reported above)", nerr)
	}
	fmt.Fprintf(e.stdout, "chronograph build: %d documents%s, %d actors, %d events; wrote %s to %s\n",
		len(tl.Documents), problems, len(tl.Actors), len(tl.Events), strings.Join(written, ", "), cfg.dir)
	return nil
}

// writeHeapProfile writes the heap profile (allocations since the start
// and the heap of the last collection) to name, reporting a failure on
// e.stderr.
func writeHeapProfile(e env, name string) {
	f, err := os.Create(name)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "chronograph build: --memprofile: %v\n", err)
	}
}

// holdsFiles reports whether dir exists and is not empty.
func holdsFiles(dir string) bool {
	ents, err := os.ReadDir(dir)
	return err == nil && len(ents) > 0
}

// report prints each error on its own line.
func report(w io.Writer, errs []error) {
	for _, err := range errs {
		fmt.Fprintln(w, err)
	}
}
