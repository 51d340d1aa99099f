package main

import "testing"

func TestMemoryLimit(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int64
	}{
		{0, defaultMemoryLimit},
		{100 << 20, defaultMemoryLimit},               // small builds: the fixed limit
		{1 << 30, int64(1.25*(1<<30)) + runtimeSlack}, // a large live heap: headroom above it
		{300 << 20, 375<<20 + runtimeSlack},           // just above the fixed limit's reach: room to collect
	} {
		if got := memoryLimit(c.live); got != c.want {
			t.Errorf("memoryLimit(%d) = %d, want %d", c.live, got, c.want)
		}
	}
}
