package wordlist

import "testing"

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
