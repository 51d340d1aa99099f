package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// defaultMemoryLimit is the least soft limit of the Go heap when GOMEMLIMIT
// is not set: the collector works harder as the heap nears it, rather than
// letting garbage grow to twice the live data. The models and gazetteer
// take about 110 MiB, and a build's live heap grows with the articles it
// keeps, so the room above the live heap, which sets how often the
// collector runs, is what the limit buys. At 360 MiB a build of TE3-Silver
// peaks near 400 MiB of RSS and collects 25 times in two runs, 1.3 s of
// CPU; at 240 MiB it peaked at 277 MiB but collected 40 times, 2.2 s (some
// 15% of the build's CPU). Four copies of it (9,808 articles) took 29.4 s
// of CPU with 34 collections (3.0 s) against 33.4 s with 83 (11.1 s).
const defaultMemoryLimit = 360 << 20

// liveHeadroom is how far above the live heap the limit is kept (plus
// runtimeSlack) once that is more than defaultMemoryLimit: a fixed limit
// below the live data makes the collector run without pause (a 200 MB
// corpus took 2.3 times as long); this keeps about one collection per
// quarter of the live heap allocated, as GOGC=25 would.
const liveHeadroom = 1.25

// runtimeSlack is added to the limit above the live heap for the memory
// the limit counts besides the heap's objects (free spans not yet
// returned, stacks, the runtime's metadata: some 25–45 MiB in a large
// build). Without it, 1.25 times the live heap left the heap goal a tenth
// above the live heap: on a 200 MB corpus a collection every 20–40 MB
// allocated, 1,531 collections and 28% of the CPU spent collecting; with
// it 607 and 16% (peak RSS 756 MiB; 958 before, when the final merge was
// not yet split by block). It is added only once 1.25 times the live heap
// passes defaultMemoryLimit, so that a smaller build's memory stays as it
// was (TE3-Silver ×4, 16 MB, under the 240 MiB limit of the time: 275
// MiB of RSS, 284 with the slack always added).
const runtimeSlack = 64 << 20

// gcPercent is the collector's GOGC when the environment sets none. Under
// the soft limit it only decides when a heap well below the limit is
// collected: at 200 a build whose live heap is mostly the models (some
// 115 MiB) collects at three times it, near the limit, rather than at
// twice it, and a large one is governed by the limit as before. An
// incremental build of TE3-Silver (10 articles added to 2,442 stored)
// took 1.39–1.53 s of CPU instead of 1.48–1.58, a cold one the same, at
// the same peak RSS (270 and 280 MiB).
const gcPercent = 200

// limiterPeriod is how often the limit is brought up to date.
const limiterPeriod = 250 * time.Millisecond

// memoryLimit returns the soft heap limit for a live heap of live bytes.
func memoryLimit(live uint64) int64 {
	if l := int64(float64(live) * liveHeadroom); l > defaultMemoryLimit {
		return l + runtimeSlack
	}
	return defaultMemoryLimit
}

// startMemoryLimiter sets the soft heap limit and keeps it at memoryLimit
// of the live heap the collector last measured, until stop is called, and
// sets GOGC to gcPercent unless the environment sets it.
func startMemoryLimiter() (stop func()) {
	debug.SetMemoryLimit(defaultMemoryLimit)
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	done := make(chan struct{})
	go func() {
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(limiterPeriod)
		defer tick.Stop()
		current := int64(defaultMemoryLimit)
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				return
			}
			if l := memoryLimit(sample[0].Value.Uint64()); l != current {
				debug.SetMemoryLimit(l)
				current = l
			}
		}
	}()
	return func() { close(done) }
}
