//go:build !linux

package outdir

// swap replaces dir by tmp with two renames (see swapByRenames).
func swap(tmp, dir string) (old string, err error) { return swapByRenames(tmp, dir) }
