//go:build !unix

package outdir

// lock is a no-op where flock is not available: concurrent builds into
// one folder are not detected there.
type lock struct{}

func acquire(path string) (*lock, error) { return &lock{}, nil }

func (l *lock) release() {}
