package tagger

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/chronograph-news/chronograph/nlp/binio"
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
	cw := binio.NewWriter(w, magic)
	binio.PutUvarint(cw, uint64(len(m.classes)))
	for _, c := range m.classes {
		binio.PutString(cw, c)
	}
	// The ambiguity classes are few: write each once, then an index per word.
	var ambs []uint64
	for _, e := range m.entries {
		ambs = append(ambs, e.amb)
	}
	slices.Sort(ambs)
	ambs = slices.Compact(ambs)
	binio.PutUvarint(cw, uint64(len(ambs)))
	binary.Write(cw, binary.LittleEndian, ambs)
	binio.PutUvarint(cw, uint64(len(m.entries)))
	for _, e := range m.entries {
		binio.PutString(cw, e.form)
		i, _ := slices.BinarySearch(ambs, e.amb)
		binio.PutUvarint(cw, uint64(i))
		binio.PutUvarint(cw, uint64(e.fixed+1))
	}
	if _, err := cw.Flush(); err != nil {
		return cw.N, err
	}
	n, err := m.pm.WriteTo(w)
	return cw.N + n, err
}

// Read decodes a tagger written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	if !binio.Magic(br, magic) {
		return nil, errors.New("tagger: not a tagger model (bad magic)")
	}
	nc, err := binio.Uvarint(br, maxClasses)
	if err != nil {
		return nil, err
	}
	if nc == 0 {
		return nil, errors.New("tagger: no tags")
	}
	classes := make([]string, nc)
	for i := range classes {
		if classes[i], err = binio.String(br, maxString); err != nil {
			return nil, err
		}
	}
	na, err := binio.Uvarint(br, maxAmbs)
	if err != nil {
		return nil, err
	}
	ambs := make([]uint64, na)
	if err := binary.Read(br, binary.LittleEndian, ambs); err != nil {
		return nil, fmt.Errorf("tagger: ambiguity classes: %w", err)
	}
	ne, err := binio.Uvarint(br, maxEntries)
	if err != nil {
		return nil, err
	}
	entries := make([]entry, 0, min(ne, 1<<16))
	seen := make(map[string]bool)
	for range ne {
		var e entry
		if e.form, err = binio.String(br, maxString); err != nil {
			return nil, err
		}
		if seen[e.form] {
			return nil, fmt.Errorf("tagger: word %q twice", e.form)
		}
		seen[e.form] = true
		a, err := binio.Uvarint(br, na)
		if err != nil {
			return nil, err
		}
		if a >= na {
			return nil, errors.New("tagger: ambiguity class out of range")
		}
		e.amb = ambs[a]
		f, err := binio.Uvarint(br, nc)
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
