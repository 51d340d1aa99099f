package outdir

import "golang.org/x/sys/unix"

// swap exchanges the staging folder and the output folder in one step
// (renameat2 with RENAME_EXCHANGE), so no moment exists without dir; the
// old set is then at tmp. File systems without the exchange fall back to
// two renames.
func swap(tmp, dir string) (old string, err error) {
	if err := unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, dir, unix.RENAME_EXCHANGE); err == nil {
		return tmp, nil
	}
	return swapByRenames(tmp, dir)
}
