package store_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/store"
)

func open(t *testing.T, path, version string) *store.Store {
	t.Helper()
	s, err := store.Open(path, version)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// opener opens a store as the build does (store.Open: a small store's
// entries read whole) or with a query per Get (as a large store is read).
type opener func(t *testing.T, path, version string) *store.Store

// queried opens a store whose every Get queries the database.
func queried(t *testing.T, path, version string) *store.Store {
	t.Helper()
	s, err := store.OpenPreload(path, version, 0)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// bothWays runs test with each opener.
func bothWays(t *testing.T, test func(t *testing.T, open opener)) {
	t.Run("preloaded", func(t *testing.T) { test(t, open) })
	t.Run("queried", func(t *testing.T) { test(t, queried) })
}

// TestReuse checks that what one build puts, the next gets (also what it
// put itself), and that what a build did not use is gone after it, with
// the entries read whole or one query each.
func TestReuse(t *testing.T) { bothWays(t, reuse) }

func reuse(t *testing.T, open opener) {
	path := filepath.Join(t.TempDir(), "sub", "store.db")
	s := open(t, path, "v1")
	if st := s.Stats(); !st.Rebuilt {
		t.Error("a new store is not reported as rebuilt")
	}
	s.Put([]byte("a"), []byte("alpha"))
	beta := []byte("beta")
	s.Put([]byte("b"), beta)
	beta[0] = 'B' // the caller's bytes are its own again
	if v, ok := s.Get([]byte("b")); !ok || string(v) != "beta" {
		t.Errorf("Get(b) after Put = %q, %v", v, ok)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = open(t, path, "v1")
	if v, ok := s.Get([]byte("a")); !ok || string(v) != "alpha" {
		t.Errorf("Get(a) = %q, %v", v, ok)
	}
	if _, ok := s.Get([]byte("c")); ok {
		t.Error("Get of a key never put succeeded")
	}
	if st := s.Stats(); st.Hits != 1 || st.Misses != 1 || st.Rebuilt {
		t.Errorf("stats %+v", st)
	}
	if err := s.Close(); err != nil { // b unused: dropped
		t.Fatal(err)
	}

	s = open(t, path, "v1")
	defer s.Close()
	if _, ok := s.Get([]byte("b")); ok {
		t.Error("an entry the last build did not use is still there")
	}
	if _, ok := s.Get([]byte("a")); !ok {
		t.Error("an entry the last build used is gone")
	}
}

// TestOtherVersion checks that a store written by another version is
// emptied, not read.
func TestOtherVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	s := open(t, path, "v1")
	s.Put([]byte("a"), []byte("alpha"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, path, "v2")
	defer s.Close()
	if _, ok := s.Get([]byte("a")); ok {
		t.Error("an entry of another version was read")
	}
	if !s.Stats().Rebuilt {
		t.Error("a store of another version is not reported as rebuilt")
	}
}

// TestNotAStore checks the errors for a file that is not a store and for
// a store another build holds.
func TestNotAStore(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, []byte(strings.Repeat("not a database at all ", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Open(junk, "v1"); err == nil || !strings.Contains(err.Error(), "not a chronograph store") || !strings.Contains(err.Error(), junk) {
		t.Errorf("junk file: %v", err)
	}
	if b, _ := os.ReadFile(junk); !strings.HasPrefix(string(b), "not a database") {
		t.Error("opening a junk file changed it")
	}

	path := filepath.Join(dir, "store.db")
	first := open(t, path, "v1")
	defer first.Close()
	first.Put([]byte("a"), []byte("alpha"))
	if _, err := store.Open(path, "v1"); err == nil || !strings.Contains(err.Error(), "in use by another build") {
		t.Errorf("a store in use: %v", err)
	}
}

// TestAbort checks that a build that stops leaves the store as it was.
func TestAbort(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	s := open(t, path, "v1")
	s.Put([]byte("a"), []byte("alpha"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, path, "v1")
	s.Put([]byte("b"), []byte("beta"))
	s.Abort()
	s = open(t, path, "v1")
	defer s.Close()
	if _, ok := s.Get([]byte("a")); !ok {
		t.Error("an aborted build dropped an entry")
	}
	if _, ok := s.Get([]byte("b")); ok {
		t.Error("an aborted build's entry was kept")
	}
}

// TestVersion checks that the running program has a version.
func TestVersion(t *testing.T) {
	v, err := store.Version()
	if err != nil || v == "" {
		t.Fatalf("Version() = %q, %v", v, err)
	}
}

// TestReadOnlyBuild checks that a build that only reads entries, and uses
// them all, leaves the file byte for byte as it was: reading marks
// nothing in the database.
func TestReadOnlyBuild(t *testing.T) { bothWays(t, readOnlyBuild) }

func readOnlyBuild(t *testing.T, open opener) {
	path := filepath.Join(t.TempDir(), "store.db")
	s := open(t, path, "v1")
	for i := range 50 {
		s.Put([]byte{byte(i)}, []byte(strings.Repeat("value ", 100)))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s = open(t, path, "v1")
	for i := range 50 {
		if _, ok := s.Get([]byte{byte(i)}); !ok {
			t.Fatalf("entry %d missing", i)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("a build that only read its entries changed the store")
	}
	// half of them read: the other half is dropped
	s = open(t, path, "v1")
	for i := 0; i < 50; i += 2 {
		s.Get([]byte{byte(i)})
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, path, "v1")
	defer s.Close()
	for i := range 50 {
		if _, ok := s.Get([]byte{byte(i)}); ok != (i%2 == 0) {
			t.Errorf("entry %d: present %v after a build that read the even ones", i, ok)
		}
	}
}
