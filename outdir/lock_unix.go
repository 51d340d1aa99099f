//go:build unix

package outdir

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// lock is a held flock on a lock file. The kernel releases it when its
// holder dies, however it dies, so a killed build never blocks the next.
type lock struct {
	path string
	f    *os.File
}

// acquire takes the lock file at path without waiting: a build already
// holding it is reported with its process id.
func acquire(path string) (*lock, error) {
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, fmt.Errorf("cannot write beside it: %w", err)
		}
		if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
			holder, _ := os.ReadFile(path)
			f.Close()
			if errors.Is(err, unix.EWOULDBLOCK) {
				who := "another build"
				if pid := strings.TrimSpace(string(holder)); pid != "" {
					who += " (process " + pid + ")"
				}
				return nil, fmt.Errorf("%s is writing it (lock %s); wait for it to finish", who, path)
			}
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		// The holder before us may have removed the file after we opened
		// it: then our lock is on a name no one else sees; take it anew.
		held, err1 := f.Stat()
		named, err2 := os.Stat(path)
		if err1 != nil || err2 != nil || !os.SameFile(held, named) {
			f.Close()
			continue
		}
		f.Truncate(0)
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
		return &lock{path: path, f: f}, nil
	}
}

// release removes the lock file and lets the lock go.
func (l *lock) release() {
	if l == nil || l.f == nil {
		return
	}
	os.Remove(l.path)
	l.f.Close()
	l.f = nil
}
