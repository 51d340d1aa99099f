package pipeline_test

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/internal/rusage"
	"github.com/chronograph-news/chronograph/merge"
	"github.com/chronograph-news/chronograph/pipeline"
)

// silverRun is one pass of the build's stages over every silver article,
// one stage after the other on one goroutine.
type silverRun struct {
	bytes, docs int
	// CPU time (user and system, the whole process's; 0 where not
	// measured), wall time and heap growth (live objects after a
	// collection) by stage
	cpu, took map[string]time.Duration
	grew      map[string]int64

	mentions []event.Mention // the mentions the final merge takes
	dates    []pipeline.DocDate
	actors   []actor.Actor
}

// runSilver runs the stages over every silver article once.
func runSilver(b *testing.B) *silverRun {
	b.Helper()
	entries, err := os.ReadDir(silverDir)
	if err != nil {
		b.Skipf("TE3-Silver corpus not available: %v", err)
	}
	var paths []string
	for _, e := range entries {
		if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
			paths = append(paths, filepath.Join(silverDir, e.Name()))
		}
	}
	opt := pipeline.Options{}
	docs, errs := pipeline.Prepare(readDocs(b, paths), opt)
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	r := &silverRun{docs: len(docs), cpu: map[string]time.Duration{}, took: map[string]time.Duration{}, grew: map[string]int64{}}
	for _, d := range docs {
		r.bytes += len(d.Text)
	}
	step := func(name string, f func()) {
		runtime.GC()
		h := heapObjects()
		c, t := rusage.CPUTime(), time.Now()
		f()
		r.cpu[name], r.took[name] = rusage.CPUTime()-c, time.Since(t)
		runtime.GC()
		r.grew[name] = int64(heapObjects()) - int64(h)
	}
	var st *pipeline.Stages
	step("load", func() { st, err = pipeline.NewStages(opt) })
	if err != nil {
		b.Fatal(err)
	}
	names := map[string]pipeline.Names{}
	step("names", func() {
		for i := range docs {
			n, err := st.FindNames(&docs[i])
			if err != nil {
				b.Fatal(err)
			}
			names[docs[i].ID] = n
		}
	})
	var resolved []pipeline.Resolved
	step("resolve", func() {
		resolved, r.actors, errs = st.Resolve(docs, names)
		names = nil
	})
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	var analyses []pipeline.Analysis
	step("analyze", func() {
		ids := pipeline.ActorNames(r.actors)
		for i := range docs {
			a, err := st.Analyze(&docs[i], resolved[i].Actors, ids)
			if err != nil {
				b.Fatal(err)
			}
			analyses = append(analyses, a)
			r.mentions = append(r.mentions, pipeline.Kept(&a, opt)...)
		}
	})
	r.dates = pipeline.Dates(analyses)
	return r
}

// BenchmarkStagesSilver times the build's stages over TE3-Silver, one at
// a time on one goroutine, for docs/scale.md: what one worker does per MB
// of text and per document (wall and CPU time; the CPU time includes the
// collector's), and the heap each stage leaves (the models loaded, the
// resolver's state). Run it with -benchtime 1x -cpu 1.
func BenchmarkStagesSilver(b *testing.B) {
	var r *silverRun
	for b.Loop() {
		r = runSilver(b)
	}
	mb := float64(r.bytes) / 1e6
	for _, name := range []string{"load", "names", "resolve", "analyze"} {
		sec, cpu := r.took[name].Seconds(), r.cpu[name].Seconds()
		if name == "load" {
			b.ReportMetric(sec*1000, "load-ms")
			b.ReportMetric(cpu*1000, "load-cpu-ms")
		} else {
			b.ReportMetric(sec/mb, name+"-s/MB")
			b.ReportMetric(cpu/mb, name+"-cpu-s/MB")
			b.ReportMetric(sec*1000/float64(r.docs), name+"-ms/doc")
		}
		b.ReportMetric(float64(r.grew[name])/(1<<20), name+"-heap-MiB")
	}
	b.ReportMetric(float64(len(r.mentions))/mb, "mentions/MB")
}

// BenchmarkMergeScale measures what the final merge needs per mention, for
// docs/scale.md: the mentions of all 2,452 silver articles, then the same
// told again by 3 and 15 more copies of every document (new document ids,
// same dates: each event gains sources, the worst case for a cluster's
// size). It reports the live heap the mentions hold, the merge's time
// and allocations per mention, the highest heap (live objects and garbage
// not yet collected, sampled every millisecond) during the merge above
// what the mentions hold, the live heap of its events, and the largest
// merge block's share of the mentions (the hot key of the keyed reduce).
// Run it with -benchtime 1x.
func BenchmarkMergeScale(b *testing.B) {
	r := runSilver(b)
	base, dates, actors := r.mentions, r.dates, r.actors
	var enc bytes.Buffer // each copy decoded apart, so that copies share no memory
	if err := gob.NewEncoder(&enc).Encode(base); err != nil {
		b.Fatal(err)
	}
	base, r.mentions = nil, nil
	for _, copies := range []int{1, 4, 16} {
		b.Run(fmt.Sprintf("copies=%d", copies), func(b *testing.B) {
			runtime.GC()
			held0 := heapObjects()
			var ms []event.Mention
			var ds []pipeline.DocDate
			for c := range copies {
				var cp []event.Mention
				if err := gob.NewDecoder(bytes.NewReader(enc.Bytes())).Decode(&cp); err != nil {
					b.Fatal(err)
				}
				for _, m := range cp {
					m.Doc = fmt.Sprintf("%s~%d", m.Doc, c)
					ms = append(ms, m)
				}
				for _, d := range dates {
					d.Doc = fmt.Sprintf("%s~%d", d.Doc, c)
					ds = append(ds, d)
				}
			}
			runtime.GC()
			held := heapObjects() - min(held0, heapObjects())
			blocks := map[string]int{}
			for i := range ms {
				blocks[merge.Block(&ms[i])]++
			}
			largest := ""
			for k, n := range blocks {
				if n > blocks[largest] || n == blocks[largest] && k < largest {
					largest = k
				}
			}
			o := pipeline.FinalOptions(ds, actors, pipeline.Options{})
			var peak, alloc, result uint64
			var events int
			for b.Loop() {
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				base := heapObjects()
				stop := sampleHeap(time.Millisecond)
				evs := merge.Merge(ms, o)
				high := stop()
				runtime.ReadMemStats(&after)
				peak = max(peak, high-min(high, base))
				runtime.GC()
				result = heapObjects() - min(base, heapObjects())
				events = len(evs)
				runtime.KeepAlive(evs)
				alloc = after.TotalAlloc - before.TotalAlloc
			}
			n := float64(len(ms))
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/mention")
			b.ReportMetric(float64(alloc)/n, "alloc-B/mention")
			b.ReportMetric(float64(peak)/n, "peak-B/mention")
			b.ReportMetric(n, "mentions")
			b.ReportMetric(float64(events), "events")
			b.ReportMetric(float64(result)/float64(events), "result-B/event")
			b.ReportMetric(float64(held)/n, "held-B/mention")
			b.ReportMetric(float64(len(blocks)), "blocks")
			b.ReportMetric(100*float64(blocks[largest])/n, "largest-block-%")
			b.Logf("largest block %s", largest)
		})
	}
}

// heapObjects returns the bytes of live and not yet swept heap objects.
func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// sampleHeap samples the live heap every interval until the returned
// function is called; that returns the highest sample.
func sampleHeap(interval time.Duration) func() uint64 {
	var (
		mu   sync.Mutex
		high uint64
		done = make(chan struct{})
		wg   sync.WaitGroup
	)
	read := func() {
		h := heapObjects()
		mu.Lock()
		high = max(high, h)
		mu.Unlock()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				read()
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		read()
		return high
	}
}
