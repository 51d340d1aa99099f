package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/document"
)

// benchFields parses the "name value" lines of a bench report, in order.
func benchFields(t *testing.T, out string) ([]string, map[string]string) {
	t.Helper()
	var names []string
	values := map[string]string{}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		f := strings.Fields(l)
		if len(f) != 2 {
			t.Fatalf("report line %q is not \"name value\"", l)
		}
		names = append(names, f[0])
		values[f[0]] = f[1]
	}
	return names, values
}

func TestBenchSeeds(t *testing.T) {
	out, stderr, err := runCmd(t, "", "bench", "--runs", "1", "../../seeds")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	names, values := benchFields(t, out)
	want := []string{
		"documents", "bytes", "runs", "workers", "events", "actors", "errors", "deterministic",
		"build.best", "build.median", "build.MB/s", "build.docs/s",
		"build.cpu.best", "build.cpu.median", "build.cpu.MB/s",
		"graph.best", "graph.median",
		"timex.best", "timex.median", "timex.MB/s", "timex.count",
		"peak.heap.MiB", "peak.rss.MiB",
	}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Fatalf("report fields\n got %v\nwant %v\n%s", names, want, out)
	}
	if values["documents"] != "5" || values["runs"] != "1" {
		t.Errorf("documents %s, runs %s; want 5 and 1", values["documents"], values["runs"])
	}
	// Every figure the seeds give must be positive (errors may be 0, and
	// graph building may take less than the printed millisecond).
	for _, name := range []string{"bytes", "events", "actors", "build.best", "build.median",
		"build.MB/s", "build.docs/s", "build.cpu.best", "build.cpu.MB/s", "timex.best", "timex.MB/s", "timex.count",
		"peak.heap.MiB", "peak.rss.MiB"} {
		v, err := strconv.ParseFloat(strings.TrimSuffix(values[name], "s"), 64)
		if err != nil || v <= 0 {
			t.Errorf("%s = %q, want a positive number", name, values[name])
		}
	}
}

func TestBenchLimit(t *testing.T) {
	out, stderr, err := runCmd(t, "", "bench", "../../seeds", "--runs", "2", "--limit", "2")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	_, values := benchFields(t, out)
	if values["documents"] != "2" || values["runs"] != "2" {
		t.Errorf("documents %s, runs %s; want 2 and 2\n%s", values["documents"], values["runs"], out)
	}
	// Two builds of the same documents must write the same bytes.
	if values["deterministic"] != "yes" {
		t.Errorf("deterministic = %q, want yes\n%s", values["deterministic"], out)
	}
}

func TestBenchBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"bench", "--runs", "0", "../../seeds"},
		{"bench", "--limit", "-1", "../../seeds"},
		{"bench", "--nope"},
		{"bench", "testdata/no-such-dir"},
	} {
		if _, _, err := runCmd(t, "", args...); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

func TestBenchStats(t *testing.T) {
	for _, tc := range []struct {
		in           []time.Duration
		best, median time.Duration
	}{
		{[]time.Duration{5}, 5, 5},
		{[]time.Duration{9, 1, 5}, 1, 5},
		{[]time.Duration{8, 2, 4, 6}, 2, 5},
	} {
		best, median := stats(tc.in)
		if best != tc.best || median != tc.median {
			t.Errorf("stats(%v) = %v, %v; want %v, %v", tc.in, best, median, tc.best, tc.median)
		}
	}
}

// TestBenchCorpus checks that bench --corpus writes each document --copies
// times as JSON Lines that build reads back: the same texts and dates,
// ids prefixed by the copy.
func TestBenchCorpus(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(src, []byte(`{"id": "a", "date": "2025-03-21", "text": "Kim met the envoy on Friday."}`+"\n"+
		`{"id": "b", "text": "Officials said \"the talks\" ended <late>."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "corpus.jsonl")
	var stdout, stderr bytes.Buffer
	if err := run([]string{"bench", "--corpus", out, "--copies", "3", src}, env{stdout: &stdout, stderr: &stderr}); err != nil {
		t.Fatal(err, stderr.String())
	}
	in, _ := document.ReadPaths([]string{src}, nil)
	got, errs := document.ReadPaths([]string{out}, nil)
	if len(errs) > 0 || len(got) != 3*len(in) {
		t.Fatalf("%d documents read back (errors %v), want %d", len(got), errs, 3*len(in))
	}
	for i, d := range got {
		want := in[i%len(in)]
		if id := fmt.Sprintf("%d-%s", i/len(in), want.ID); d.ID != id || d.Text != want.Text || !d.DCT.Equal(want.DCT) {
			t.Errorf("record %d: %s %q %v, want %s %q %v", i, d.ID, d.Text, d.DCT, id, want.Text, want.DCT)
		}
	}
}
