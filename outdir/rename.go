package outdir

import (
	"os"
	"path/filepath"
	"strings"
)

// swapByRenames moves dir aside to an ".old-" sibling and tmp into its
// place. Between the two renames dir does not exist; a build killed there
// leaves the old set at the ".old-" sibling, which the next Begin puts
// back.
func swapByRenames(tmp, dir string) (old string, err error) {
	parent, base := filepath.Split(dir)
	if parent == "" {
		parent = "."
	}
	old = filepath.Join(parent, "."+base+oldInfix+strings.TrimPrefix(filepath.Base(tmp), "."+base+newInfix))
	if err := os.Rename(dir, old); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.Rename(old, dir)
		return "", err
	}
	return old, nil
}
