package outdir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// Prefixes of the siblings a build keeps beside the folder while it runs.
const (
	newInfix  = ".new-"
	oldInfix  = ".old-"
	lockInfix = ".lock"
)

// Staging is an output folder being written: files go to [Staging.Path];
// [Staging.Commit] swaps them in, [Staging.Abort] drops them. Either one
// releases the lock, and a second call of either does nothing; they may be
// called from different goroutines (a signal handler aborting).
type Staging struct {
	mu   sync.Mutex
	dir  string // the output folder, cleaned
	tmp  string // the sibling being written
	lock *lock
	done bool
}

// Begin takes the lock of dir, removes what killed runs left beside it,
// and creates the staging folder; it fails before any work is done when
// dir's parent cannot be written, when another build holds the lock, or
// when dir holds files owns does not accept (a folder that is not a
// build's output). owns reports whether a name at dir's top level is one
// a build writes; nil accepts every name.
func Begin(dir string, owns func(name string) bool) (*Staging, error) {
	dir = filepath.Clean(dir)
	parent, base := filepath.Split(dir)
	if parent == "" {
		parent = "."
	}
	if base == "" || base == "." || base == ".." || dir == string(filepath.Separator) {
		return nil, fmt.Errorf("output folder %q: name a folder of its own", dir)
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("output folder %s: %w", dir, err)
	}
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("output folder %s: is a file, not a folder", dir)
	}
	if err := checkOwned(dir, owns); err != nil {
		return nil, err
	}
	l, err := acquire(filepath.Join(parent, "."+base+lockInfix))
	if err != nil {
		return nil, fmt.Errorf("output folder %s: %w", dir, err)
	}
	s := &Staging{dir: dir, lock: l}
	if err := s.recover(parent, base); err != nil {
		l.release()
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, "."+base+newInfix+"*")
	if err != nil {
		l.release()
		return nil, fmt.Errorf("output folder %s: cannot write beside it: %w", dir, err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		l.release()
		return nil, fmt.Errorf("output folder %s: %w", dir, err)
	}
	s.tmp = tmp
	return s, nil
}

// Path is the folder to write the new set into.
func (s *Staging) Path() string { return s.tmp }

// Dir is the output folder the new set replaces.
func (s *Staging) Dir() string { return s.dir }

// Commit swaps the staging folder in for the output folder, removes the
// old set and releases the lock.
func (s *Staging) Commit() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done {
		return nil
	}
	s.done = true
	defer s.lock.release()
	if err := syncDir(s.tmp); err != nil {
		os.RemoveAll(s.tmp)
		return fmt.Errorf("output folder %s: %w", s.dir, err)
	}
	if _, err := os.Lstat(s.dir); errors.Is(err, os.ErrNotExist) {
		if err := os.Rename(s.tmp, s.dir); err != nil {
			os.RemoveAll(s.tmp)
			return fmt.Errorf("output folder %s: %w", s.dir, err)
		}
		return syncDir(filepath.Dir(s.dir))
	}
	// The old set ends at the staging path (exchange) or at an ".old-"
	// sibling (two renames); either way it is removed afterwards.
	old, err := swap(s.tmp, s.dir)
	if err != nil {
		os.RemoveAll(s.tmp)
		return fmt.Errorf("output folder %s: %w", s.dir, err)
	}
	syncDir(filepath.Dir(s.dir))
	if err := os.RemoveAll(old); err != nil {
		return fmt.Errorf("output folder %s: the new set is in place, but the old one stays at %s: %w", s.dir, old, err)
	}
	return nil
}

// Abort removes the staging folder, leaving the output folder as it was,
// and releases the lock. It reports whether it did so (false after a
// Commit or an earlier Abort).
func (s *Staging) Abort() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done {
		return false
	}
	s.done = true
	os.RemoveAll(s.tmp)
	s.lock.release()
	return true
}

// recover undoes what a killed run left beside dir (called with the lock
// held): a folder swapped half-way (dir missing, its old set at an ".old-"
// sibling) is put back, and every other staging or old sibling removed.
func (s *Staging) recover(parent, base string) error {
	ents, err := os.ReadDir(parent)
	if err != nil {
		return fmt.Errorf("output folder %s: %w", s.dir, err)
	}
	var news, olds []string
	for _, e := range ents {
		switch name := e.Name(); {
		case strings.HasPrefix(name, "."+base+newInfix):
			news = append(news, filepath.Join(parent, name))
		case strings.HasPrefix(name, "."+base+oldInfix):
			olds = append(olds, filepath.Join(parent, name))
		}
	}
	slices.Sort(olds)
	if _, err := os.Lstat(s.dir); errors.Is(err, os.ErrNotExist) && len(olds) > 0 {
		if err := os.Rename(olds[len(olds)-1], s.dir); err != nil {
			return fmt.Errorf("output folder %s: putting back the set a killed build moved away: %w", s.dir, err)
		}
		olds = olds[:len(olds)-1]
	}
	for _, p := range append(news, olds...) {
		if err := os.RemoveAll(p); err != nil {
			return fmt.Errorf("output folder %s: removing what a killed build left: %w", s.dir, err)
		}
	}
	return nil
}

// checkOwned fails when dir holds a name owns does not accept.
func checkOwned(dir string, owns func(string) bool) error {
	if owns == nil {
		return nil
	}
	ents, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("output folder %s: %w", dir, err)
	}
	var foreign []string
	for _, e := range ents {
		if !owns(e.Name()) {
			foreign = append(foreign, e.Name())
		}
	}
	if len(foreign) == 0 {
		return nil
	}
	const shown = 5
	more := ""
	if len(foreign) > shown {
		more = fmt.Sprintf(" and %d more", len(foreign)-shown)
		foreign = foreign[:shown]
	}
	return fmt.Errorf("output folder %s holds files a build does not write (%s%s), so it is not replaced: choose another -o or empty it",
		dir, strings.Join(foreign, ", "), more)
}

// syncDir flushes a folder's entries to disk.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}
