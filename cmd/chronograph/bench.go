package main

import (
	"cmp"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"sync"
	"time"

	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/internal/rusage"
	"github.com/chronograph-news/chronograph/pipeline"
	"github.com/chronograph-news/chronograph/timex"
)

// silverDir is the corpus bench reads by default, when it exists: the
// TempEval-3 silver news articles of the shared data folder.
const silverDir = "../shared/data/tempeval3/TE3-Silver"

// benchConfig is a parsed "chronograph bench" command line.
type benchConfig struct {
	runs       int
	limit      int
	cpuProfile string
	jobs       int
	paths      []string
	// copies and corpus: write the documents copies times to corpus
	// (JSON Lines) instead of measuring.
	copies int
	corpus string
}

func parseBenchFlags(e env, args []string) (*benchConfig, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var cfg benchConfig
	fs.IntVar(&cfg.runs, "runs", 3, "run the build `N` times and report the best and median")
	fs.IntVar(&cfg.limit, "limit", 0, "use only the first `N` documents read (0: all)")
	fs.IntVar(&cfg.jobs, "j", 0, "analyse `N` documents at once, as build -j does (0: one per core)")
	fs.StringVar(&cfg.cpuProfile, "cpuprofile", "", "write a CPU profile of the measured runs to `FILE`")
	fs.StringVar(&cfg.corpus, "corpus", "", "measure nothing: write the documents read, --copies times, to `FILE` as JSON Lines (a large corpus for build)")
	fs.IntVar(&cfg.copies, "copies", 1, "with --corpus, how many times to write each document (ids prefixed K-)")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: chronograph bench [flags] [PATH ...]\n\n"+
			"Reads the articles of the PATHs once (default: %s\n"+
			"when it exists, else seeds), builds the timeline and graph from them N times\n"+
			"and prints one \"name value\" line per figure: wall and CPU time, MB/s (10^6\n"+
			"bytes of document text) and documents/s of the best run, whether every run\n"+
			"gave the same output, the time tagging alone, the peak Go heap and peak RSS.\n\nflags:\n", silverDir)
		fs.PrintDefaults()
	}
	paths, done, err := parseFlags(fs, args)
	if done {
		return nil, err
	}
	if cfg.runs < 1 {
		return nil, fmt.Errorf("bench: --runs must be at least 1, got %d", cfg.runs)
	}
	if cfg.jobs < 0 {
		return nil, fmt.Errorf("bench: -j must not be negative, got %d", cfg.jobs)
	}
	if cfg.copies < 1 {
		return nil, fmt.Errorf("bench: --copies must be at least 1, got %d", cfg.copies)
	}
	if cfg.limit < 0 {
		return nil, fmt.Errorf("bench: --limit must not be negative, got %d", cfg.limit)
	}
	cfg.paths = paths
	if len(cfg.paths) == 0 {
		cfg.paths = []string{"seeds"}
		if fi, err := os.Stat(silverDir); err == nil && fi.IsDir() {
			cfg.paths = []string{silverDir}
		}
	}
	return &cfg, nil
}

// benchResult is what one bench measured.
type benchResult struct {
	docs, bytes    int
	runs           int
	jobs           int             // -j of every build
	build, graph   []time.Duration // wall time, one per run
	buildCPU       []time.Duration // process CPU time (user+system), one per run
	timex          []time.Duration // one per run
	timexes        int             // time expressions tagged in one pass
	events, actors int             // of the last build
	errors         int             // errors of the last build
	deterministic  bool            // every run wrote the same timeline and graph
	peakHeap       uint64          // bytes
	peakRSS        uint64          // bytes, 0 when unknown
}

// runBench implements "chronograph bench".
func runBench(e env, args []string) error {
	cfg, err := parseBenchFlags(e, args)
	if cfg == nil || err != nil {
		return err
	}
	docs, errs := document.ReadPaths(cfg.paths, e.stdin)
	report(e.stderr, errs)
	if cfg.limit > 0 && len(docs) > cfg.limit {
		docs = docs[:cfg.limit]
	}
	if len(docs) == 0 {
		return fmt.Errorf("bench: no document could be read from %v", cfg.paths)
	}
	if cfg.corpus != "" {
		return writeCorpus(cfg.corpus, docs, cfg.copies)
	}
	if cfg.cpuProfile != "" {
		f, err := os.Create(cfg.cpuProfile)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	res, err := measure(e, docs, cfg.runs, cfg.jobs)
	if err != nil {
		return err
	}
	res.write(e.stdout)
	return nil
}

// measure builds docs runs times, then tags the time expressions of every
// document runs times, sampling the Go heap all along. The errors of the
// first build are printed to e.stderr.
func measure(e env, docs []document.Document, runs, jobs int) (*benchResult, error) {
	res := &benchResult{docs: len(docs), runs: runs, jobs: jobs, deterministic: true}
	for _, d := range docs {
		res.bytes += len(d.Text)
	}
	sampler := startHeapSampler(5 * time.Millisecond)
	defer sampler.stop()
	var first [sha256.Size]byte
	for i := range runs {
		sum, err := res.buildOnce(e, docs, i == 0)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			first = sum
		} else if sum != first {
			res.deterministic = false
		}
	}
	for range runs {
		runtime.GC()
		n := 0
		start := time.Now()
		for _, d := range docs {
			n += len(timex.Tag(d.Text, d.DCT))
		}
		res.timex = append(res.timex, time.Since(start))
		res.timexes = n
	}
	res.peakHeap = sampler.stop()
	res.peakRSS = rusage.PeakRSS()
	return res, nil
}

// buildOnce builds the timeline and graph of docs, records the times and
// counts in r and returns a digest of the JSON of both. It prints the
// build's errors to e.stderr when verbose.
func (r *benchResult) buildOnce(e env, docs []document.Document, verbose bool) (sum [sha256.Size]byte, err error) {
	runtime.GC()
	cpu := rusage.CPUTime()
	start := time.Now()
	tl, errs := pipeline.Build(docs, pipeline.Options{Jobs: r.jobs})
	r.build = append(r.build, time.Since(start))
	r.buildCPU = append(r.buildCPU, rusage.CPUTime()-cpu)
	if verbose {
		report(e.stderr, errs)
	}
	if tl == nil {
		return sum, errors.New("bench: build failed")
	}
	start = time.Now()
	g, err := graph.Build(tl)
	if err != nil {
		return sum, fmt.Errorf("bench: graph: %w", err)
	}
	r.graph = append(r.graph, time.Since(start))
	r.events, r.actors, r.errors = len(tl.Events), len(tl.Actors), len(errs)
	h := sha256.New()
	if err := tl.WriteJSON(h); err != nil {
		return sum, fmt.Errorf("bench: timeline: %w", err)
	}
	if err := g.WriteJSON(h); err != nil {
		return sum, fmt.Errorf("bench: graph: %w", err)
	}
	h.Sum(sum[:0])
	return sum, nil
}

// write prints the report: one "name value" line per figure, always the
// same names in the same order. Durations are in seconds, MB/s counts 10^6
// bytes of document text.
func (r *benchResult) write(w io.Writer) {
	line := func(name, format string, args ...any) {
		fmt.Fprintf(w, "%-16s "+format+"\n", append([]any{name}, args...)...)
	}
	best, median := stats(r.build)
	line("documents", "%d", r.docs)
	line("bytes", "%d", r.bytes)
	line("runs", "%d", r.runs)
	line("workers", "%d", cmp.Or(r.jobs, runtime.GOMAXPROCS(0)))
	line("events", "%d", r.events)
	line("actors", "%d", r.actors)
	line("errors", "%d", r.errors)
	det := "yes"
	if !r.deterministic {
		det = "no"
	}
	line("deterministic", "%s", det)
	line("build.best", "%.3fs", best.Seconds())
	line("build.median", "%.3fs", median.Seconds())
	line("build.MB/s", "%.3f", float64(r.bytes)/1e6/seconds(best))
	line("build.docs/s", "%.1f", float64(r.docs)/seconds(best))
	cbest, cmedian := stats(r.buildCPU)
	line("build.cpu.best", "%.3fs", cbest.Seconds())
	line("build.cpu.median", "%.3fs", cmedian.Seconds())
	line("build.cpu.MB/s", "%.3f", float64(r.bytes)/1e6/seconds(cbest))
	gbest, gmedian := stats(r.graph)
	line("graph.best", "%.3fs", gbest.Seconds())
	line("graph.median", "%.3fs", gmedian.Seconds())
	tbest, tmedian := stats(r.timex)
	line("timex.best", "%.3fs", tbest.Seconds())
	line("timex.median", "%.3fs", tmedian.Seconds())
	line("timex.MB/s", "%.3f", float64(r.bytes)/1e6/seconds(tbest))
	line("timex.count", "%d", r.timexes)
	line("peak.heap.MiB", "%.1f", float64(r.peakHeap)/(1<<20))
	if r.peakRSS > 0 {
		line("peak.rss.MiB", "%.1f", float64(r.peakRSS)/(1<<20))
	} else {
		line("peak.rss.MiB", "unknown")
	}
}

// stats returns the smallest and the median of ds (the mean of the two
// middle ones for an even count). ds must not be empty.
func stats(ds []time.Duration) (best, median time.Duration) {
	s := slices.Clone(ds)
	slices.Sort(s)
	n := len(s)
	median = s[n/2]
	if n%2 == 0 {
		median = (s[n/2-1] + s[n/2]) / 2
	}
	return s[0], median
}

// seconds is d in seconds, at least one nanosecond so that rates stay finite.
func seconds(d time.Duration) float64 {
	return max(d, time.Nanosecond).Seconds()
}

// heapMetric is the runtime/metrics sample of the bytes held by heap objects,
// live or not yet swept.
const heapMetric = "/memory/classes/heap/objects:bytes"

// heapSampler records the largest Go heap seen by a background goroutine.
type heapSampler struct {
	done chan struct{}
	wg   sync.WaitGroup
	once sync.Once
	peak uint64
}

// startHeapSampler samples the Go heap every interval until stop.
func startHeapSampler(interval time.Duration) *heapSampler {
	s := &heapSampler{done: make(chan struct{})}
	s.sample()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-s.done:
				return
			case <-t.C:
				s.sample()
			}
		}
	}()
	return s
}

func (s *heapSampler) sample() {
	m := []metrics.Sample{{Name: heapMetric}}
	metrics.Read(m)
	if m[0].Value.Kind() == metrics.KindUint64 {
		s.peak = max(s.peak, m[0].Value.Uint64())
	}
}

// stop ends the sampling and returns the peak in bytes. Calls after the
// first return the same peak.
func (s *heapSampler) stop() uint64 {
	s.once.Do(func() {
		close(s.done)
		s.wg.Wait()
		s.sample()
	})
	return s.peak
}
