package exporttest

import (
	"bytes"
	"flag"
	"os"
	"strconv"
	"testing"
)

// Golden compares got with the golden file at path. When the calling test
// binary was run with -update, it rewrites the file instead. The flag is the
// package's own `var update = flag.Bool("update", ...)`, found through
// [flag.Lookup]; a package that declares none fails the test.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if updating(t) {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s at line %d (run go test -update and review the diff):\ngot:  %q\nwant: %q",
			path, firstDiff(got, want), line(got, firstDiff(got, want)), line(want, firstDiff(got, want)))
	}
}

// GoldenStable renders the output twice: it compares the first rendering
// with the golden file at path as [Golden] does, and fails the test when the
// second differs from the first (the output is not deterministic).
func GoldenStable(t testing.TB, path string, render func() []byte) {
	t.Helper()
	got := render()
	Golden(t, path, got)
	Deterministic(t, got, render)
}

// Deterministic renders the output again and fails the test when it
// differs from got, an earlier rendering.
func Deterministic(t testing.TB, got []byte, render func() []byte) {
	t.Helper()
	if again := render(); !bytes.Equal(got, again) {
		t.Error("output is not deterministic")
	}
}

// updating reports whether the package's -update flag is set.
func updating(t testing.TB) bool {
	t.Helper()
	f := flag.Lookup("update")
	if f == nil {
		t.Fatal(`the test package declares no -update flag (var update = flag.Bool("update", false, ...))`)
	}
	on, err := strconv.ParseBool(f.Value.String())
	if err != nil {
		t.Fatalf("-update=%s: %v", f.Value, err)
	}
	return on
}

// firstDiff returns the 1-based number of the first line where a and b
// differ.
func firstDiff(a, b []byte) int {
	n := 1
	for i := 0; i < len(a) && i < len(b) && a[i] == b[i]; i++ {
		if a[i] == '\n' {
			n++
		}
	}
	return n
}

// line returns the n-th (1-based) line of b, without its newline.
func line(b []byte, n int) []byte {
	for ; n > 1; n-- {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			return nil
		}
		b = b[i+1:]
	}
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		b = b[:i]
	}
	return b
}
