package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/chronograph-news/chronograph/store"
)

// openStore opens the --store file of cfg; nil when none is asked for.
// A store that cannot be used (corrupt, locked by another build, another
// program's file) is reported and the build goes on without it, unless
// --store-strict.
func openStore(e env, cfg *buildConfig) (*store.Store, error) {
	if cfg.store == "" {
		return nil, nil
	}
	s, err := openStoreFile(cfg.store)
	if err == nil {
		return s, nil
	}
	if cfg.storeStrict {
		return nil, fmt.Errorf("build: %w", err)
	}
	fmt.Fprintf(e.stderr, "chronograph build: %v; building without it\n", err)
	return nil, nil
}

func openStoreFile(path string) (*store.Store, error) {
	v, err := store.Version()
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return store.Open(path, v)
}

// rebuiltNote says, for --verbose, that the store was emptied.
func rebuiltNote(rebuilt bool) string {
	if rebuilt {
		return " (the store was new or of another version: rebuilt)"
	}
	return ""
}

// inside reports whether path is inside the folder dir (or is dir).
func inside(path, dir string) bool {
	p, err1 := filepath.Abs(path)
	d, err2 := filepath.Abs(dir)
	if err1 != nil || err2 != nil {
		return false
	}
	rel, err := filepath.Rel(d, p)
	return err == nil && (rel == "." || !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && rel != "..")
}
