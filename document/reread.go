package document

import (
	"errors"
	"fmt"
	"os"
	"sync"
)

// textAt says where the text of a document lies in its file, so that it
// can be let go and read again (ReadOptions.Reread).
type textAt struct {
	path   string // "" when the text cannot be read again
	format Format
	// offset and length locate the line of a JSON Lines record; offset
	// is -1 for a document that is a whole file.
	offset int64
	length int
	size   int // len(Text)
}

// Len returns the length of the document's text in bytes, whether the
// text is held or dropped.
func (d *Document) Len() int {
	if d.Text == "" && d.at.path != "" {
		return d.at.size
	}
	return len(d.Text)
}

// Drop lets go of the text of a document that Load can read again (one
// read from a regular file with ReadOptions.Reread) and reports whether
// it did; the text of any other document is kept.
func (d *Document) Drop() bool {
	if d.at.path == "" {
		return false
	}
	d.Text = ""
	return true
}

// Load reads again the text that Drop let go; it does nothing when the
// text is held. It fails when the file cannot be read or no longer holds
// the same text where it did.
func (d *Document) Load() error { return d.LoadFrom(nil) }

// LoadFrom is Load, reading a JSON Lines record through files (nil: the
// file is opened for the record alone, as Load does).
func (d *Document) LoadFrom(files *Files) error {
	if d.Text != "" || d.at.path == "" {
		return nil
	}
	text, err := d.at.read(d.Line, files)
	if err != nil {
		return fmt.Errorf("reading the text again: %w", err)
	}
	if len(text) != d.at.size {
		return fmt.Errorf("reading the text again: %s changed since it was read", d.at.path)
	}
	d.Text = text
	return nil
}

// read reads the text again: the record at line of a JSON Lines file
// (through files when not nil), or the whole file.
func (t textAt) read(line int, files *Files) (string, error) {
	var (
		f    *os.File
		kept bool
		err  error
	)
	if t.offset >= 0 && files != nil {
		f, kept, err = files.get(t.path)
	} else {
		f, err = os.Open(t.path)
	}
	if err != nil {
		return "", err
	}
	if !kept {
		defer f.Close()
	}
	if t.offset < 0 {
		size := int64(-1)
		if fi, err := f.Stat(); err == nil {
			size = fi.Size()
		}
		data, err := readAll(f, size, size)
		if err != nil {
			return "", err
		}
		docs, _ := ParseFormat(t.path, t.format, data)
		if len(docs) != 1 {
			return "", fmt.Errorf("%s changed since it was read", t.path)
		}
		return docs[0].Text, nil
	}
	buf := make([]byte, t.length)
	if _, err := f.ReadAt(buf, t.offset); err != nil {
		return "", err
	}
	rec, ok := recordOf(buf, line)
	if !ok {
		return "", fmt.Errorf("%s changed since it was read", t.path)
	}
	d, _ := parseRecord(rec)
	if d == nil {
		return "", fmt.Errorf("%s changed since it was read", t.path)
	}
	return d.Text, nil
}

// Files keeps open the JSON Lines files that [Document.LoadFrom] reads
// records again from, so that the records of one file do not each open
// and close it (that cost as much as decoding a short record). Up to
// maxOpenFiles files are kept open; a record of another is read as Load
// reads it. The zero value is ready to use; its methods may be called
// from several goroutines at once. Close closes the files.
type Files struct {
	mu     sync.Mutex
	open   map[string]*os.File
	closed bool
}

// maxOpenFiles is how many files Files keeps open at most: well below
// the open-file limit of any system, and more than the JSON Lines files of
// an ordinary build.
const maxOpenFiles = 64

// get returns the open file of path and whether it is kept open (then
// the caller must not close it).
func (fs *Files) get(path string) (*os.File, bool, error) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if f, ok := fs.open[path]; ok {
		return f, true, nil
	}
	f, err := os.Open(path)
	if err != nil || fs.closed || len(fs.open) >= maxOpenFiles {
		return f, false, err
	}
	if fs.open == nil {
		fs.open = map[string]*os.File{}
	}
	fs.open[path] = f
	return f, true, nil
}

// Close closes the files kept open; records read after are read as Load
// reads them.
func (fs *Files) Close() error {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	var errs []error
	for _, f := range fs.open {
		errs = append(errs, f.Close())
	}
	fs.open, fs.closed = nil, true
	return errors.Join(errs...)
}
