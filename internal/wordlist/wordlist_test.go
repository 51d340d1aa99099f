package wordlist

import (
	"slices"
	"testing"
)

// TestParse checks that a mapping of keys to lists reads into sets, and
// that a malformed file, an empty list or a scalar is an error naming
// the file.
func TestParse(t *testing.T) {
	s, err := Parse("w.yaml", []byte("a: [x, y]\nb:\n  - z\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !s.List("w.yaml", "a")["y"] || !s["b"]["z"] || s["a"]["z"] {
		t.Errorf("sets %v", s)
	}
	for _, bad := range []string{"a: [", "a: []", "a: 3"} {
		if _, err := Parse("w.yaml", []byte(bad)); err == nil || err.Error()[:7] != "w.yaml:" {
			t.Errorf("%q: error %v, want one naming w.yaml", bad, err)
		}
	}
}

// TestListMissing checks that asking for a list the file lacks panics
// with the file's name.
func TestListMissing(t *testing.T) {
	defer func() {
		if r := recover(); r != "w.yaml has no list b" {
			t.Errorf("recovered %v", r)
		}
	}()
	Sets{"a": {"x": true}}.List("w.yaml", "b")
}

// TestAudit checks that Audit reports a list the code reads but the file
// lacks, a list no code reads and a word not in lower case, and nothing
// when file and code agree.
func TestAudit(t *testing.T) {
	for _, c := range []struct {
		yaml string
		want []string
	}{
		{"colours: [red]\nshapes: [disc]\n", nil},
		{"colours: [red]\n", []string{`code reads list "shapes", which w.yaml lacks`}},
		{"colours: [Red]\nshapes: [disc]\nsizes: [big]\n", []string{
			`w.yaml: colours: "Red" is not lower case`, "w.yaml: no code reads list sizes"}},
	} {
		got, err := Audit(MustParse("w.yaml", []byte(c.yaml)), "w.yaml", "testdata/audit", "list")
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.yaml, got, c.want)
		}
	}
}
