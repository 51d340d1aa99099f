package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// TestBuildOutCurrent rebuilds the seeds and compares every file written
// with the committed out/ byte for byte. Run "go test ./cmd/chronograph
// -run TestBuildOutCurrent -update" to regenerate out/.
func TestBuildOutCurrent(t *testing.T) {
	t.Chdir("../..") // paths in the outputs are relative to the repository root
	dir := t.TempDir()
	stdout, stderr, err := runCmd(t, "", "build", "-o", dir, "seeds")
	if err != nil {
		t.Fatalf("build: %v\n%s", err, stderr)
	}
	if stderr != "" {
		t.Errorf("errors on the seeds:\n%s", stderr)
	}
	if !strings.Contains(stdout, "5 documents") {
		t.Errorf("summary = %q", stdout)
	}
	built := treeFiles(t, dir)
	if len(built) == 0 {
		t.Fatal("build wrote nothing")
	}
	for _, name := range built {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		committed := filepath.Join("out", name)
		if *update {
			if err := os.MkdirAll(filepath.Dir(committed), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(committed, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(committed)
		if err != nil {
			t.Errorf("%v (run go test ./cmd/chronograph -run TestBuildOutCurrent -update)", err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: rebuild with go run ./cmd/chronograph build seeds, or go test ./cmd/chronograph -run TestBuildOutCurrent -update", committed)
		}
	}
	for _, name := range treeFiles(t, "out") {
		if !slices.Contains(built, name) {
			t.Errorf("out/%s is no longer written by the build: remove it", name)
		}
	}
	tl, _ := os.ReadFile(filepath.Join(dir, "timeline.json"))
	if err := timeline.ValidateJSON(tl); err != nil {
		t.Errorf("timeline.json: %v", err)
	}
	g, _ := os.ReadFile(filepath.Join(dir, "graph.json"))
	if err := graph.ValidateJSON(g); err != nil {
		t.Errorf("graph.json: %v", err)
	}
}

func TestBuildFlags(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte(" date 2025-03-21 North Korea fired a ballistic missile on Thursday. Kim Jong Un met Sergei Shoigu in Pyongyang on Friday."), 0o644)
	os.WriteFile(filepath.Join(in, "b.txt"), []byte("Kim Jong Un met Sergei Shoigu in Pyongyang."), 0o644)
	out := filepath.Join(dir, "out")

	// Flags after the path, repeatable --date, a filter and one format.
	stdout, stderr, err := runCmd(t, "", "build", in, "-o", out, "--date", "b=2025-03-21", "--date", "2025-01-01", "--formats", "json", "--type", "meeting")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(stdout, "2 documents") || !strings.Contains(stdout, "timeline.json, graph.json") {
		t.Errorf("summary = %q", stdout)
	}
	data, err := os.ReadFile(filepath.Join(out, "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"dct_origin": "flag"`)) {
		t.Errorf("--date did not set b's DCT:\n%s", data)
	}
	if bytes.Contains(data, []byte(`"type": "weapons_test"`)) {
		t.Errorf("--type meeting kept a weapons test")
	}
	if err := timeline.ValidateJSON(data); err != nil {
		t.Error(err)
	}
	matches, _ := filepath.Glob(filepath.Join(out, ".*tmp*"))
	if len(matches) > 0 {
		t.Errorf("temporary files left: %v", matches)
	}
}

func TestBuildErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string // in the error or stderr
	}{
		{"bad date", []string{"build", "--date", "yesterday", dir}, "YYYY-MM-DD"},
		{"bad from", []string{"build", "--from", "2025/03/01", dir}, "YYYY-MM-DD"},
		{"to before from", []string{"build", "--from", "2025-03-02", "--to", "2025-03-01", dir}, "before"},
		{"unknown format", []string{"build", "--formats", "pdf", dir}, "unknown format"},
		{"nothing readable", []string{"build", "-o", filepath.Join(dir, "o"), filepath.Join(dir, "missing")}, "no document could be read"},
		// flags that would select nothing: refused before anything is written
		{"no format", []string{"build", "--formats", ",", "-o", filepath.Join(dir, "o"), "../../seeds"}, "no format"},
		{"unknown type", []string{"build", "--type", "nosuchtype", "-o", filepath.Join(dir, "o"), "../../seeds"}, "no event type"},
		{"unknown actor", []string{"build", "--actor", "nobody", "-o", filepath.Join(dir, "o"), "../../seeds"}, `actor "nobody"`},
		{"negative hops", []string{"build", "--hops", "-1", "-o", filepath.Join(dir, "o"), "../../seeds"}, "--hops"},
		{"negative top", []string{"build", "--top", "-2", "-o", filepath.Join(dir, "o"), "../../seeds"}, "--top"},
	}
	for _, tt := range tests {
		_, stderr, err := runCmd(t, "", tt.args...)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if !strings.Contains(err.Error()+stderr, tt.want) {
			t.Errorf("%s: error %v, stderr %q; want %q", tt.name, err, stderr, tt.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "o")); err == nil {
		t.Error("an output directory was created although nothing was read")
	}
}

// TestBuildBadDocumentDoesNotStopOthers checks that an unreadable file is
// reported by name while the others are built.
func TestBuildBadDocumentDoesNotStopOthers(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte(" date 2025-03-21 Kim Jong Un met Sergei Shoigu in Pyongyang on Friday."), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.jsonl"), []byte("{not json\n"), 0o644)
	out := filepath.Join(dir, "out")
	stdout, stderr, err := runCmd(t, "", "build", "-o", out, dir)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "bad.jsonl") {
		t.Errorf("stderr does not name the bad file: %q", stderr)
	}
	if !strings.Contains(stdout, "1 documents (1 errors reported above)") {
		t.Errorf("summary = %q", stdout)
	}
}

// treeFiles lists the files under dir, as slash-separated paths relative to
// it, in lexical order.
func treeFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		files = append(files, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
