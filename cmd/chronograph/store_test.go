package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildStore checks --store: a second build reuses the first one's
// analyses and writes the same files; a store that cannot be used is
// reported and the build goes on without it, or stops with --store-strict;
// a store inside the output folder is refused.
func TestBuildStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "chronograph.db")
	outs := []string{filepath.Join(dir, "a"), filepath.Join(dir, "b"), filepath.Join(dir, "c")}
	for i, out := range outs[:2] {
		_, stderr, err := runCmd(t, "", "build", "--verbose", "--store", db, "--formats", "json", "-o", out, "../../seeds")
		if err != nil {
			t.Fatalf("build %d: %v\n%s", i, err, stderr)
		}
		if i == 1 && !strings.Contains(stderr, " 0 made") {
			t.Errorf("a second build of the same seeds analysed again:\n%s", stderr)
		}
	}
	if _, stderr, err := runCmd(t, "", "build", "--formats", "json", "-o", outs[2], "../../seeds"); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, f := range []string{"timeline.json", "graph.json"} {
		want, _ := os.ReadFile(filepath.Join(outs[2], f))
		for _, out := range outs[:2] {
			if got, _ := os.ReadFile(filepath.Join(out, f)); string(got) != string(want) || len(want) == 0 {
				t.Errorf("%s of a build with --store differs from one without", filepath.Join(out, f))
			}
		}
	}

	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, []byte(strings.Repeat("junk ", 1000)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, err := runCmd(t, "", "build", "--store", junk, "--formats", "json", "-o", filepath.Join(dir, "d"), "../../seeds")
	if err != nil || !strings.Contains(stderr, "not a chronograph store") || !strings.Contains(stderr, "building without it") {
		t.Errorf("a junk store: %v\n%s", err, stderr)
	}
	_, _, err = runCmd(t, "", "build", "--store", junk, "--store-strict", "--formats", "json", "-o", filepath.Join(dir, "e"), "../../seeds")
	if err == nil || !strings.Contains(err.Error(), "not a chronograph store") {
		t.Errorf("a junk store with --store-strict: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "e")); err == nil {
		t.Error("a build stopped by --store-strict wrote its output")
	}
	_, _, err = runCmd(t, "", "build", "--store", filepath.Join(dir, "f", "s.db"), "-o", filepath.Join(dir, "f"), "../../seeds")
	if err == nil || !strings.Contains(err.Error(), "inside the output folder") {
		t.Errorf("a store inside the output folder: %v", err)
	}
}
