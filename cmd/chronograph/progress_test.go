package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/pipeline"
)

func TestProgressLine(t *testing.T) {
	var b bytes.Buffer
	if p, _ := newProgress(&b, false, false); p != nil {
		t.Error("progress shown on a buffer (not a terminal) without --verbose")
	}
	if p, _ := newProgress(&b, true, true); p != nil {
		t.Error("progress shown with --quiet")
	}
	live := &progressLine{w: &b, live: true}
	live.report(pipeline.StageAnalyze, 50, 200, 2e6, 2*time.Second)
	if got := b.String(); !strings.Contains(got, "\r") || !strings.Contains(got, "events 50/200 documents, 2.0 MB, 1.00 MB/s, 6s left") {
		t.Errorf("live line %q", got)
	}
	live.report(pipeline.StageAnalyze, 200, 200, 8e6, 8*time.Second)
	if got := b.String(); !strings.HasSuffix(got, "\r\x1b[K") {
		t.Errorf("a finished stage does not clear the live line: %q", got)
	}
	b.Reset()
	verbose := &progressLine{w: &b, verbose: true}
	verbose.report(pipeline.StageAnalyze, 10, 200, 1e6, time.Second)
	verbose.report(pipeline.StageAnalyze, 200, 200, 8e6, 4*time.Second)
	verbose.report(pipeline.StageMerge, 300, 300, 0, time.Second)
	if got := b.String(); strings.Count(got, "\n") != 2 || !strings.Contains(got, "2.00 MB/s") || !strings.Contains(got, "300 mentions") {
		t.Errorf("verbose lines %q", got)
	}
}

// TestBuildVerbose checks that --verbose prints every stage's timing.
func TestBuildVerbose(t *testing.T) {
	out := t.TempDir() + "/out"
	_, stderr, err := runCmd(t, "", "build", "--verbose", "--formats", "json", "-o", out, "../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	for _, stage := range []string{"read", pipeline.StageResolve, pipeline.StageAnalyze, pipeline.StageMerge, pipeline.StageDate, pipeline.StageFinal, "write"} {
		if !strings.Contains(stderr, "chronograph build: "+stage+" ") {
			t.Errorf("no %s timing in %q", stage, stderr)
		}
	}
}
