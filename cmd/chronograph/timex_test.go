package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/timeml"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// runCmd runs the command line with stdin and returns stdout and stderr.
func runCmd(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(args, env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb})
	return out.String(), errb.String(), err
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test -update rewrites it):\n got:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestTimexTimeMLGolden(t *testing.T) {
	in := filepath.Join("testdata", "timex_small.txt")
	out, stderr, err := runCmd(t, "", "timex", "--format", "timeml", in)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	golden(t, "timex_small.tml", out)
	d, err := timeml.Parse("out", []byte(out))
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(in)
	text := strings.TrimPrefix(string(data), " date 2024-06-19 ")
	if d.Text != text || d.DocID != "timex_small" || d.DCT.Value != "2024-06-19" {
		t.Errorf("TimeML output: DOCID %q, DCT %q, TEXT %q; want TEXT %q", d.DocID, d.DCT.Value, d.Text, text)
	}
}

func TestTimexJSON(t *testing.T) {
	// --dct overrides the header; the flag may come after the file.
	out, stderr, err := runCmd(t, "The meeting was held on Friday, March 8, 2024.", "timex", "-", "--dct", "2024-03-10")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var got []struct {
		Start, End  int
		Text, Type  string
		Value       string
		Granularity string
		Interval    *struct{ Start, End string }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, out)
	}
	if !strings.HasPrefix(out, "[") || !strings.Contains(out, "\n  {") {
		t.Errorf("output is not an indented array:\n%s", out)
	}
	for _, x := range got {
		text := "The meeting was held on Friday, March 8, 2024."
		if x.Start < 0 || x.End > len(text) || text[x.Start:x.End] != x.Text {
			t.Errorf("bad offsets %+v", x)
		}
		if x.Interval != nil && (len(x.Interval.Start) != 10 || len(x.Interval.End) != 10) {
			t.Errorf("interval not YYYY-MM-DD: %+v", x.Interval)
		}
	}
	if strings.Contains(stderr, "no document date") {
		t.Errorf("warned about a missing date despite --dct: %s", stderr)
	}
}

func TestTimexErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"timex"}, "usage"},
		{[]string{"timex", "--format", "xml", "-"}, "usage"},
		{[]string{"timex", "--dct", "yesterday", "-"}, `--dct: bad date "yesterday"`},
		{[]string{"timex", "testdata/no-such-file.txt"}, "no such file"},
	}
	for _, tt := range tests {
		_, _, err := runCmd(t, "Monday.", tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: error %v, want %q", tt.args, err, tt.want)
		}
	}
	_, stderr, err := runCmd(t, "He left on Monday.", "timex", "-")
	if err != nil || !strings.Contains(stderr, "no document date") {
		t.Errorf("undated input: err %v, stderr %q", err, stderr)
	}
}

// tbaqDir is the TempEval-3 training data, beside the repository.
const tbaqDir = "../../../shared/data/tempeval3/TBAQ-cleaned"

func tbaqFiles(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(tbaqDir, "*", "*.tml"))
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no TimeML files under %s", tbaqDir)
		}
		t.Skipf("no TimeML files under %s", tbaqDir)
	}
	sort.Strings(files)
	return files
}

// TestTimexTimeMLRoundTripTBAQ tags real TimeML files and checks that the
// TEXT of the written TimeML is the input's TEXT, character for character.
func TestTimexTimeMLRoundTripTBAQ(t *testing.T) {
	for _, f := range tbaqFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in, err := timeml.Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		out, stderr, err := runCmd(t, "", "timex", "--format", "timeml", f)
		if err != nil {
			t.Fatalf("%s: %v\n%s", f, err, stderr)
		}
		got, err := timeml.Parse("output of "+f, []byte(out))
		if err != nil {
			t.Fatal(err)
		}
		if got.Text != in.Text {
			t.Errorf("%s: TEXT changed", f)
		}
		if got.DCT.Value != in.DCT.Value[:10] {
			t.Errorf("%s: DCT %q, want %q", f, got.DCT.Value, in.DCT.Value[:10])
		}
	}
}
