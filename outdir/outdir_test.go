package outdir

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// owned accepts the names the tests' "build" writes.
func owned(name string) bool { return name == "a.json" || name == "b.json" || name == "sub" }

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		got[e.Name()] = string(b)
	}
	return got
}

// siblings lists the names beside out in its parent, out excepted.
func siblings(t *testing.T, parent string) []string {
	t.Helper()
	var names []string
	ents, _ := os.ReadDir(parent)
	for _, e := range ents {
		if e.Name() != "out" {
			names = append(names, e.Name())
		}
	}
	return names
}

func TestCommitReplacesWholeSet(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	os.Mkdir(out, 0o755)
	write(t, out, "a.json", "old a")
	write(t, out, "b.json", "old b")
	s, err := Begin(out, owned)
	if err != nil {
		t.Fatal(err)
	}
	write(t, s.Path(), "a.json", "new a")
	if got := read(t, out); got["a.json"] != "old a" {
		t.Fatalf("output changed before Commit: %v", got)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	got := read(t, out)
	if len(got) != 1 || got["a.json"] != "new a" {
		t.Fatalf("after Commit the folder holds %v, want only the new a.json", got)
	}
	if left := siblings(t, parent); len(left) != 0 {
		t.Fatalf("left beside the folder: %v", left)
	}
}

func TestCommitCreatesFolder(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "deeper", "out")
	s, err := Begin(out, owned)
	if err != nil {
		t.Fatal(err)
	}
	write(t, s.Path(), "a.json", "x")
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, out); got["a.json"] != "x" {
		t.Fatalf("got %v", got)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o755 {
		t.Fatalf("folder mode %v, want 0755", fi.Mode().Perm())
	}
}

func TestAbortKeepsOldSet(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	os.Mkdir(out, 0o755)
	write(t, out, "a.json", "old")
	s, err := Begin(out, owned)
	if err != nil {
		t.Fatal(err)
	}
	write(t, s.Path(), "a.json", "half")
	s.Abort()
	s.Abort() // a second call does nothing
	if err := s.Commit(); err != nil {
		t.Fatalf("Commit after Abort: %v", err)
	}
	if got := read(t, out); got["a.json"] != "old" {
		t.Fatalf("Abort changed the output: %v", got)
	}
	if left := siblings(t, parent); len(left) != 0 {
		t.Fatalf("left beside the folder: %v", left)
	}
}

func TestSecondBuildRefused(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	first, err := Begin(out, owned)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Begin(out, owned)
	if err == nil || !strings.Contains(err.Error(), "another build") || !strings.Contains(err.Error(), "process") {
		t.Fatalf("second Begin: %v, want a clear lock error naming the holder", err)
	}
	first.Abort()
	third, err := Begin(out, owned)
	if err != nil {
		t.Fatalf("after the first build ended: %v", err)
	}
	third.Abort()
}

func TestForeignFolderRefused(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "home")
	os.Mkdir(out, 0o755)
	write(t, out, "a.json", "old")
	write(t, out, "thesis.tex", "precious")
	_, err := Begin(out, owned)
	if err == nil || !strings.Contains(err.Error(), "thesis.tex") {
		t.Fatalf("Begin on a folder of other files: %v, want a refusal naming thesis.tex", err)
	}
	if got := read(t, out); got["thesis.tex"] != "precious" {
		t.Fatalf("foreign file touched: %v", got)
	}
	if _, err := Begin(filepath.Join(parent, "home", "thesis.tex"), nil); err == nil {
		t.Fatal("Begin on a file: no error")
	}
}

func TestUnwritableParentRefused(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes anywhere")
	}
	parent := t.TempDir()
	os.Chmod(parent, 0o555)
	defer os.Chmod(parent, 0o755)
	if _, err := Begin(filepath.Join(parent, "out"), owned); err == nil {
		t.Fatal("Begin in a read-only folder: no error")
	}
}

func TestUnwritableParentRefusedAsFile(t *testing.T) {
	// A parent that is a file cannot hold the folder: refused at once.
	parent := t.TempDir()
	write(t, parent, "plain", "x")
	if _, err := Begin(filepath.Join(parent, "plain", "out"), owned); err == nil {
		t.Fatal("Begin under a file: no error")
	}
}

func TestLeftoversOfKilledRunsRemoved(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	os.Mkdir(out, 0o755)
	write(t, out, "a.json", "current")
	os.Mkdir(filepath.Join(parent, ".out.new-123"), 0o755)
	write(t, filepath.Join(parent, ".out.new-123"), "a.json", "half")
	os.Mkdir(filepath.Join(parent, ".out.old-9"), 0o755)
	os.Mkdir(filepath.Join(parent, ".other.new-1"), 0o755) // not ours
	s, err := Begin(out, owned)
	if err != nil {
		t.Fatal(err)
	}
	s.Abort()
	if left := siblings(t, parent); !slices.Equal(left, []string{".other.new-1"}) {
		t.Fatalf("left beside the folder: %v, want only the other folder's", left)
	}
	if got := read(t, out); got["a.json"] != "current" {
		t.Fatalf("output changed: %v", got)
	}
}

func TestHalfSwappedFolderPutBack(t *testing.T) {
	// A run killed between the two renames of swapByRenames leaves no
	// folder and the old set at an ".old-" sibling.
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	os.Mkdir(out, 0o755)
	write(t, out, "a.json", "old")
	tmp := filepath.Join(parent, ".out.new-7")
	os.Mkdir(tmp, 0o755)
	if _, err := swapByRenames(tmp, out); err != nil {
		t.Fatal(err)
	}
	// Undo the second rename to stand where the killed run stood.
	if err := os.Rename(out, tmp); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("setup: folder still there")
	}
	s, err := Begin(out, owned)
	if err != nil {
		t.Fatal(err)
	}
	s.Abort()
	if got := read(t, out); got["a.json"] != "old" {
		t.Fatalf("old set not put back: %v", got)
	}
}

func TestSwapByRenames(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	os.Mkdir(out, 0o755)
	write(t, out, "a.json", "old")
	tmp := filepath.Join(parent, ".out.new-1")
	os.Mkdir(tmp, 0o755)
	write(t, tmp, "a.json", "new")
	old, err := swapByRenames(tmp, out)
	if err != nil {
		t.Fatal(err)
	}
	if read(t, out)["a.json"] != "new" || read(t, old)["a.json"] != "old" {
		t.Fatalf("swap: out %v, old %v", read(t, out), read(t, old))
	}
}

func TestBadNames(t *testing.T) {
	for _, dir := range []string{"/", ".", ".."} {
		if _, err := Begin(dir, nil); err == nil {
			t.Errorf("Begin(%q): no error", dir)
		}
	}
}
