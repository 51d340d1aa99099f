package document

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"unicode/utf8"
)

// DefaultMaxDocBytes is the default limit on one document (--max-doc-bytes):
// a text or TimeML file, or one JSON Lines record. Larger ones are refused
// with a message, so that one endless or huge input (/dev/zero, a
// runaway log) cannot exhaust memory or stop the others; 16 MB is some
// thousand times a long news article.
const DefaultMaxDocBytes = 16 << 20

// skipFactor bounds the skipping of a JSON Lines record over the limit:
// past skipFactor times the limit without an end of line, the input is
// taken for an endless stream and the rest of it is not read.
const skipFactor = 4

// sniffBytes is how much of an input without a telling extension is looked
// at to guess its format.
const sniffBytes = 512

// ReadOptions tunes [Read].
type ReadOptions struct {
	// MaxDocBytes is the largest document read, in bytes; 0 means
	// DefaultMaxDocBytes.
	MaxDocBytes int64
	// Reread returns the documents of regular files without their text
	// but with where it lies (file, JSON Lines record), for
	// [Document.Load] to read it when needed and [Document.Drop] to let
	// it go again: a build then holds the texts of the documents in
	// progress, not of every document. Standard input cannot be read
	// again; its documents keep their text.
	Reread bool
	// HoldBytes, with Reread, keeps the texts of a small input as they
	// were first read: while the texts of the documents read total at
	// most HoldBytes, each document keeps its text (and still knows
	// where it lies, for [Document.Drop] and [Document.Load]); once they
	// total more, every text is let go as Reread alone does. A small
	// corpus is then parsed once rather than once more when its texts
	// are first needed; a large one streams as before, holding at most
	// HoldBytes of texts while it is read. 0 holds none.
	HoldBytes int64
}

// holder counts the bytes of the texts held under ReadOptions.HoldBytes.
type holder struct {
	left int64 // bytes that may still be held
	over bool  // the texts passed the limit: none is held any more
}

// newHolder returns the holder of opt: nil when no text is held.
func newHolder(opt ReadOptions) *holder {
	if !opt.Reread || opt.HoldBytes <= 0 {
		return nil
	}
	return &holder{left: opt.HoldBytes}
}

// keep reports whether a text of n bytes is held; the first text past
// the limit turns holding off for good.
func (h *holder) keep(n int) bool {
	if h == nil || h.over {
		return false
	}
	if int64(n) > h.left {
		h.over = true
		return false
	}
	h.left -= int64(n)
	return true
}

func (o ReadOptions) max() int64 {
	if o.MaxDocBytes <= 0 {
		return DefaultMaxDocBytes
	}
	return o.MaxDocBytes
}

// errTooLarge is the message of a document over the limit.
func errTooLarge(max int64) string {
	return fmt.Sprintf("larger than the limit of %s per document (--max-doc-bytes): skipped", sizeText(max))
}

// sizeText writes a byte count the way a person reads it.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// readInput reads the articles of one input, never holding more than the
// limit of one document (plus a line buffer) at a time beyond the
// documents it returns: JSON Lines are read record by record, anything
// else up to the limit and refused past it.
// With reread, each document remembers where its text lies in the input
// (see ReadOptions.Reread). size is the input's size in bytes when known,
// else negative.
// With hold, the texts it keeps are counted there (see
// ReadOptions.HoldBytes).
func readInput(name string, r io.Reader, size int64, opt ReadOptions, reread bool, hold *holder) ([]Document, error) {
	f := FormatOf(name)
	// a buffered reader for sniffing and for JSON Lines; a file whose
	// extension tells another format is read straight into its buffer
	guess := name == "-" || filepath.Ext(name) == ""
	if guess || f == JSONLines {
		br := bufio.NewReaderSize(r, bufferFor(size))
		if guess {
			head, _ := br.Peek(sniffBytes)
			f = sniff(head)
		}
		if f == JSONLines {
			docs, errs := readJSONL(name, ID(name), br, opt.max(), reread, hold)
			return docs, errs.Err()
		}
		r = br
	}
	data, err := readAll(io.LimitReader(r, opt.max()+1), size, opt.max()+1)
	if err != nil {
		var errs ErrorList
		errs.Add(name, 0, pathErr(err))
		return nil, errs
	}
	if int64(len(data)) > opt.max() {
		var errs ErrorList
		errs.Add(name, 0, errTooLarge(opt.max()))
		return nil, errs
	}
	docs, err := ParseFormat(name, f, data)
	if reread {
		for i := range docs {
			docs[i].at = textAt{path: name, format: f, offset: -1, size: len(docs[i].Text)}
			if !hold.keep(len(docs[i].Text)) {
				docs[i].Drop()
			}
		}
	}
	return docs, err
}

// readJSONL reads one article per line from r, as parseJSONL does, one
// line at a time: a line over max bytes is skipped (and reported) without
// being held, and a line of invalid UTF-8 is reported by its number while
// the others are read. With reread, each document remembers where its
// record lies (see ReadOptions.Reread), and keeps its text only when hold
// does.
func readJSONL(path, base string, r *bufio.Reader, max int64, reread bool, hold *holder) ([]Document, ErrorList) {
	var (
		docs   []Document
		errs   ErrorList
		line   []byte
		offset int64 // of the line in the input
	)
	for n := 1; ; n++ {
		var tooLong, endless bool
		var read int64
		start := offset
		line, read, tooLong, endless = readLine(r, line[:0], max)
		offset += read
		if endless {
			errs.Add(path, n, fmt.Sprintf("record with no end of line in %s: the rest of the input is not read", sizeText(skipFactor*max)))
			return docs, errs
		}
		if len(line) == 0 && !tooLong {
			if _, err := r.Peek(1); err != nil {
				if !errors.Is(err, io.EOF) {
					errs.Add(path, n, pathErr(err))
				}
				return docs, errs
			}
			continue
		}
		if tooLong {
			errs.Add(path, n, "record "+errTooLarge(max))
			continue
		}
		length := len(line)
		l, ok := recordOf(line, n)
		if !ok {
			errs.Add(path, n, "invalid UTF-8 (is it a text file?)")
			continue
		}
		if len(l) == 0 {
			continue
		}
		d, msg := parseRecord(l)
		if msg != "" {
			errs.Add(path, n, msg)
			if d == nil {
				continue
			}
		}
		d.Path, d.Line = path, n
		if reread {
			d.at = textAt{path: path, format: JSONLines, offset: start, length: length, size: len(d.Text)}
			if !hold.keep(len(d.Text)) {
				d.Drop()
			}
		}
		if d.ID == "" {
			d.ID = base + "-" + strconv.Itoa(n)
		}
		docs = append(docs, *d)
	}
}

// recordOf returns the JSON of line n of a JSON Lines input (a byte order
// mark before the first removed, spaces around trimmed), or false when
// the line is not UTF-8.
func recordOf(line []byte, n int) ([]byte, bool) {
	if n == 1 {
		line = bytes.TrimPrefix(line, []byte("\uFEFF"))
	}
	if !utf8.Valid(line) {
		return nil, false
	}
	return bytes.TrimSpace(line), true
}

// readLine reads one line (without its newline) into buf, and returns how
// many bytes it read, newline included. A line longer than max is read to
// its end but not kept: it returns no bytes and tooLong; one with no end
// within skipFactor*max is endless.
func readLine(r *bufio.Reader, buf []byte, max int64) (line []byte, read int64, tooLong, endless bool) {
	for {
		chunk, err := r.ReadSlice('\n')
		read += int64(len(chunk))
		if read > skipFactor*max {
			return nil, read, true, true
		}
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 { // +1: the newline
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimSuffix(buf, []byte("\n")), read, tooLong, false
	}
}
