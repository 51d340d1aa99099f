package document

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// textExts are the extensions read from folders; files named explicitly
// are read whatever their extension.
var textExts = map[string]bool{
	"": true, ".txt": true, ".text": true, ".md": true,
	".jsonl": true, ".ndjson": true, ".tml": true, ".timeml": true,
}

// ReadPaths reads the articles of files, folders (recursively, in sorted
// order, skipping hidden files and files whose extension is not a text,
// JSON Lines or TimeML one) and "-" (stdin). Errors are collected and never
// stop the other inputs; each is a *Error naming a path (and a line when
// known). Ids that repeat are made unique by appending "-2", "-3", ... in
// reading order, with a warning. Documents over DefaultMaxDocBytes are
// refused (see Read).
func ReadPaths(paths []string, stdin io.Reader) ([]Document, []error) {
	return Read(paths, stdin, ReadOptions{})
}

// Read is ReadPaths with options: a document (a text or TimeML file, one
// JSON Lines record) over opt.MaxDocBytes is reported and skipped, and no
// more than that is read of it, whatever the input (an endless stream
// such as /dev/zero included).
func Read(paths []string, stdin io.Reader, opt ReadOptions) ([]Document, []error) {
	var (
		docs []Document
		errs ErrorList
	)
	hold := newHolder(opt)
	held := hold != nil // some document read so far may hold its text
	readFile := func(name string) {
		f, err := os.Open(name)
		if err != nil {
			errs.Add(name, 0, pathErr(err))
			return
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			errs.Add(name, 0, pathErr(err))
			return
		}
		if fi.Mode().IsRegular() && fi.Size() > opt.max() && FormatOf(name) != JSONLines && filepath.Ext(name) != "" {
			errs.Add(name, 0, errTooLarge(opt.max()))
			return
		}
		size := int64(-1)
		if fi.Mode().IsRegular() {
			size = fi.Size()
		}
		ds, err := readInput(name, f, size, opt, opt.Reread && fi.Mode().IsRegular(), hold)
		docs = append(docs, ds...)
		collect(&errs, name, err)
		if held && hold.over {
			// past ReadOptions.HoldBytes: the texts held so far go too
			for i := range docs {
				docs[i].Drop()
			}
			held = false
		}
	}
	for _, p := range paths {
		if p == "-" {
			if stdin == nil {
				errs.Add("-", 0, "no standard input")
				continue
			}
			ds, err := readInput("-", stdin, -1, opt, false, nil)
			docs = append(docs, ds...)
			collect(&errs, "-", err)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs.Add(p, 0, pathErr(err))
			continue
		}
		if !info.IsDir() {
			readFile(p)
			continue
		}
		n := 0
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs.Add(path, 0, pathErr(err))
				return nil
			}
			hidden := path != p && strings.HasPrefix(d.Name(), ".")
			if d.IsDir() {
				if hidden {
					return filepath.SkipDir
				}
				return nil
			}
			if hidden || !textExts[strings.ToLower(filepath.Ext(d.Name()))] {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// a link to an article is read; one to a folder is not
				// followed (it may lead back up the tree), and said so
				if info, err := os.Stat(path); err != nil {
					errs.Add(path, 0, pathErr(err))
					return nil
				} else if !info.Mode().IsRegular() {
					errs.Warn(path, 0, "symbolic link to something other than a file: not followed")
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			n++
			readFile(path)
			return nil
		})
		if err != nil {
			errs.Add(p, 0, pathErr(err))
		}
		if n == 0 {
			errs.Warn(p, 0, "folder holds no article files (.txt, .md, .jsonl, .ndjson, .tml or no extension)")
		}
	}
	uniqueIDs(docs, &errs)
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = e
	}
	return docs, out
}

// collect adds err to errs, flattening an ErrorList.
func collect(errs *ErrorList, name string, err error) {
	if err == nil {
		return
	}
	var l ErrorList
	if errors.As(err, &l) {
		*errs = append(*errs, l...)
		return
	}
	errs.Add(name, 0, err.Error())
}

// pathErr drops the path from a *fs.PathError, which Error already names.
func pathErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}

// UniqueIDs renames the second and later documents of docs with an id
// already used, deterministically (in their order: "a", "a-2", "a-3"…),
// and returns a warning naming each. It is the one duplicate-id policy:
// ReadPaths applies it in reading order, and the pipeline to documents
// given to it any other way.
func UniqueIDs(docs []Document) []error {
	var errs ErrorList
	uniqueIDs(docs, &errs)
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = e
	}
	return out
}

// uniqueIDs is UniqueIDs, adding its warnings to errs.
func uniqueIDs(docs []Document, errs *ErrorList) {
	first := make(map[string]int, len(docs))
	used := make(map[string]bool, len(docs))
	for _, d := range docs {
		used[d.ID] = true
	}
	for i := range docs {
		d := &docs[i]
		j, dup := first[d.ID]
		if !dup {
			first[d.ID] = i
			continue
		}
		id := d.ID
		for n := 2; ; n++ {
			c := fmt.Sprintf("%s-%d", id, n)
			if !used[c] {
				d.ID = c
				break
			}
		}
		used[d.ID] = true
		first[d.ID] = i
		where := docs[j].Path
		if docs[j].Line > 0 {
			where = fmt.Sprintf("%s:%d", where, docs[j].Line)
		}
		errs.Warn(d.Path, d.Line, fmt.Sprintf("duplicate id %q (first at %s), renamed %q", id, where, d.ID))
	}
}
