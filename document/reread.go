package document

import (
	"fmt"
	"os"
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
func (d *Document) Load() error {
	if d.Text != "" || d.at.path == "" {
		return nil
	}
	text, err := d.at.read(d.Line)
	if err != nil {
		return fmt.Errorf("reading the text again: %w", err)
	}
	if len(text) != d.at.size {
		return fmt.Errorf("reading the text again: %s changed since it was read", d.at.path)
	}
	d.Text = text
	return nil
}

// read reads the text again: the record at line of a JSON Lines file, or
// the whole file.
func (t textAt) read(line int) (string, error) {
	f, err := os.Open(t.path)
	if err != nil {
		return "", err
	}
	defer f.Close()
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
