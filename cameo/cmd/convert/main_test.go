package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronograph-news/chronograph/cameo"
)

var update = flag.Bool("update", false, "rewrite the golden files under cameo/testdata/")

const (
	excerpt = "../../testdata/excerpt.txt"
	golden  = "../../testdata/excerpt"
	// source is PETRARCH2's dictionary in the shared data beside the
	// repository (see /work/shared/README.md).
	source = "../../../../shared/data/petrarch2/CAMEO.2.0.txt"
)

// TestExcerpt converts the handmade excerpt and compares the three data
// files and the log (warnings and summary) with the golden files.
func TestExcerpt(t *testing.T) {
	out := t.TempDir()
	var log bytes.Buffer
	if err := run(excerpt, out, &log); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "log.txt"), log.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{cameo.VerbsFile, cameo.PatternsFile, cameo.SetsFile, "log.txt"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(golden, name)
		if *update {
			if err := os.MkdirAll(golden, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (run with -update to accept):\n%s", name, path, got)
		}
	}
	// The converted excerpt loads back.
	if _, err := cameo.ReadFS(os.DirFS(out)); err != nil {
		t.Error(err)
	}
}

// TestDataCurrent reruns the conversion of the shared dictionary and checks
// that the committed cameo/data files are what it gives.
func TestDataCurrent(t *testing.T) {
	if _, err := os.Stat(source); err != nil {
		t.Skipf("no shared dictionary: %v", err)
	}
	out := t.TempDir()
	var log bytes.Buffer
	if err := run(source, out, &log); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{cameo.VerbsFile, cameo.PatternsFile, cameo.SetsFile} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("../../data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("cameo/data/%s is stale: rerun go run ./cameo/cmd/convert", name)
		}
	}
}

// TestMissingInput checks that a missing input is an error.
func TestMissingInput(t *testing.T) {
	if err := run(filepath.Join(t.TempDir(), "none.txt"), t.TempDir(), &bytes.Buffer{}); err == nil {
		t.Error("no error")
	}
}
