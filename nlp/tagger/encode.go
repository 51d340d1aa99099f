package tagger

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/chronograph-news/chronograph/nlp/perceptron"
)

// magic starts an encoded tagger; its last byte is the format version.
const magic = "CGTG\x02"

// Decoding limits, against corrupt input.
const (
	maxClasses = 255 // the dense tag-pair table grows as its cube
	maxEntries = 1 << 22
	maxString  = 1 << 12
	maxAmbs    = 1 << 16
)

// WriteTo encodes m: its tags, its dictionary (forms, ambiguity classes
// and fixed tags), then the perceptron. It returns the bytes written.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	cw := &countWriter{w: bw}
	cw.Write([]byte(magic))
	putUvarint(cw, uint64(len(m.classes)))
	for _, c := range m.classes {
		putString(cw, c)
	}
	// The ambiguity classes are few: write each once, then an index per word.
	var ambs []uint64
	for _, e := range m.entries {
		ambs = append(ambs, e.amb)
	}
	slices.Sort(ambs)
	ambs = slices.Compact(ambs)
	putUvarint(cw, uint64(len(ambs)))
	binary.Write(cw, binary.LittleEndian, ambs)
	putUvarint(cw, uint64(len(m.entries)))
	for _, e := range m.entries {
		putString(cw, e.form)
		i, _ := slices.BinarySearch(ambs, e.amb)
		putUvarint(cw, uint64(i))
		putUvarint(cw, uint64(e.fixed+1))
	}
	if cw.err != nil {
		return cw.n, cw.err
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	n, err := m.pm.WriteTo(w)
	return cw.n + n, err
}

// Read decodes a tagger written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("tagger: not a tagger model (bad magic)")
	}
	nc, err := getUvarint(br, maxClasses)
	if err != nil {
		return nil, err
	}
	if nc == 0 {
		return nil, errors.New("tagger: no tags")
	}
	classes := make([]string, nc)
	for i := range classes {
		if classes[i], err = getString(br); err != nil {
			return nil, err
		}
	}
	na, err := getUvarint(br, maxAmbs)
	if err != nil {
		return nil, err
	}
	ambs := make([]uint64, na)
	if err := binary.Read(br, binary.LittleEndian, ambs); err != nil {
		return nil, fmt.Errorf("tagger: ambiguity classes: %w", err)
	}
	ne, err := getUvarint(br, maxEntries)
	if err != nil {
		return nil, err
	}
	entries := make([]entry, 0, min(ne, 1<<16))
	seen := make(map[string]bool)
	for range ne {
		var e entry
		if e.form, err = getString(br); err != nil {
			return nil, err
		}
		if seen[e.form] {
			return nil, fmt.Errorf("tagger: word %q twice", e.form)
		}
		seen[e.form] = true
		a, err := getUvarint(br, na)
		if err != nil {
			return nil, err
		}
		if a >= na {
			return nil, errors.New("tagger: ambiguity class out of range")
		}
		e.amb = ambs[a]
		f, err := getUvarint(br, nc)
		if err != nil {
			return nil, err
		}
		e.fixed = int32(f) - 1
		entries = append(entries, e)
	}
	pm, err := perceptron.ReadModel(br)
	if err != nil {
		return nil, err
	}
	if len(pm.Classes) != int(nc) {
		return nil, errors.New("tagger: perceptron classes do not match the tags")
	}
	return newModel(classes, pm, entries), nil
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

func putUvarint(w io.Writer, v uint64) {
	var b [binary.MaxVarintLen64]byte
	w.Write(b[:binary.PutUvarint(b[:], v)])
}

func putString(w io.Writer, s string) {
	putUvarint(w, uint64(len(s)))
	io.WriteString(w, s)
}

func getUvarint(r io.ByteReader, limit uint64) (uint64, error) {
	v, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, fmt.Errorf("tagger: %w", err)
	}
	if v > limit {
		return 0, fmt.Errorf("tagger: number %d over the limit %d", v, limit)
	}
	return v, nil
}

func getString(r *bufio.Reader) (string, error) {
	n, err := getUvarint(r, maxString)
	if err != nil {
		return "", err
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return "", fmt.Errorf("tagger: %w", err)
	}
	return string(b), nil
}
