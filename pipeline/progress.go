package pipeline

import (
	"sync"
	"sync/atomic"
	"time"
)

// Stage names, as Progress reports them, in the order they run. The merges
// count event mentions, the other stages documents.
const (
	StageResolve = "actors"   // tokens, sentences, actors (one document after another)
	StageAnalyze = "events"   // time expressions and event mentions (on the workers)
	StageMerge   = "merge"    // the first merge, of the dated documents
	StageDate    = "dating"   // DCT inference and second analysis of undated documents
	StageFinal   = "timeline" // the final merge and the timeline
)

// Progress receives a build's progress: the stage, the documents (or, for
// the merges, mentions) done of total, the bytes of document text done, and
// the time since the stage began. It is called from one goroutine at a
// time, at most about every progressEvery, and once when a stage ends
// (done == total).
type Progress func(stage string, done, total int, bytes int64, elapsed time.Duration)

// progressEvery is the least time between two reports of one stage.
const progressEvery = 200 * time.Millisecond

// meter counts one stage's progress and reports it (safe for the workers
// to call at once; a worker that finds a report under way goes on).
type meter struct {
	report Progress
	stage  string
	total  int
	start  time.Time
	done   atomic.Int64
	bytes  atomic.Int64
	last   atomic.Int64 // unix nanoseconds of the last report
	mu     sync.Mutex   // held while reporting
}

func newMeter(p Progress, stage string, total int) *meter {
	m := &meter{report: p, stage: stage, total: total, start: time.Now()}
	m.last.Store(m.start.UnixNano())
	return m
}

// add counts one document of n bytes done, reporting when due.
func (m *meter) add(n int) {
	if m.report == nil {
		return
	}
	done := m.done.Add(1)
	b := m.bytes.Add(int64(n))
	now := time.Now()
	if now.UnixNano()-m.last.Load() < int64(progressEvery) || int(done) >= m.total || !m.mu.TryLock() {
		return
	}
	defer m.mu.Unlock()
	m.last.Store(now.UnixNano())
	m.report(m.stage, int(done), m.total, b, now.Sub(m.start))
}

// end reports the stage finished.
func (m *meter) end() {
	if m.report == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.report(m.stage, m.total, m.total, m.bytes.Load(), time.Since(m.start))
}
