package export

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
)

func TestSelect(t *testing.T) {
	tests := []struct {
		list string
		want []string
		err  bool
	}{
		{"all", Names(), false},
		{"svg,json", []string{"json", "svg"}, false}, // registry order, not list order
		{"json, json", []string{"json"}, false},
		{"", nil, true}, // nothing to write: refused
		{",", nil, true},
		{"json,png", nil, true},
	}
	for _, tt := range tests {
		fs, err := Select(tt.list)
		if (err != nil) != tt.err {
			t.Errorf("Select(%q) error = %v", tt.list, err)
			continue
		}
		var got []string
		for _, f := range fs {
			got = append(got, f.Name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Select(%q) = %v, want %v", tt.list, got, tt.want)
		}
	}
}

// TestWriteAll writes every format of the fixture and checks that exactly
// the files the registry announces are there, and that the viewer links
// every other one.
func TestWriteAll(t *testing.T) {
	tl, g := exporttest.Graph(t)
	dir := filepath.Join(t.TempDir(), "out")
	written, err := Write(&Output{Dir: dir, Timeline: tl, Graph: g}, Formats())
	if err != nil {
		t.Fatal(err)
	}
	var announced []string
	for _, f := range Formats() {
		announced = append(announced, f.Files...)
	}
	if !slices.Equal(written, announced) {
		t.Errorf("written %v, announced %v", written, announced)
	}
	for _, name := range written {
		st, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !st.IsDir() && st.Size() == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != len(written) {
		t.Errorf("folder holds %d entries, %d announced (temporary files left?)", len(ents), len(written))
	}
	page, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	for _, name := range written {
		if name != "index.html" && !strings.Contains(string(page), `href="./`+strings.TrimSuffix(name, "/")) {
			t.Errorf("index.html does not link %s", name)
		}
	}
	if !strings.Contains(string(page), "<svg") {
		t.Error("index.html has no inline graph")
	}
}

// TestWriteSubset writes the viewer alone: it still gets its graph, and
// links nothing that was not written.
func TestWriteSubset(t *testing.T) {
	tl, g := exporttest.Graph(t)
	dir := t.TempDir()
	fs, _ := Select("html")
	written, err := Write(&Output{Dir: dir, Timeline: tl, Graph: g}, fs)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(written, []string{"index.html"}) {
		t.Fatalf("written %v", written)
	}
	page, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	if strings.Contains(string(page), `href="./graph.svg"`) || !strings.Contains(string(page), "<svg") {
		t.Error("viewer alone should draw the graph inline and link no other file")
	}
}
