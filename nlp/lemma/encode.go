package lemma

import (
	"bufio"
	"errors"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/nlp/binio"
)

// magic starts an encoded lemmatizer; its last byte is the format version.
const magic = "CGLM\x02"

// Decoding limits, against corrupt input.
const (
	maxCount  = 1 << 22
	maxString = 1 << 12
)

// WriteTo encodes m: the longest ending, the rules, the endings and the
// exceptions, each list in increasing order. It returns the bytes written.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := binio.NewWriter(w, "")
	binio.PutString(cw, magic) // this format stores its magic with its length
	binio.PutUvarint(cw, uint64(m.maxSuffix))
	binio.PutUvarint(cw, uint64(len(m.rules)))
	for _, r := range m.rules {
		binio.PutUvarint(cw, uint64(r.casing))
		binio.PutString(cw, r.strip)
		binio.PutString(cw, r.add)
	}
	binio.PutUvarint(cw, uint64(len(m.suffixes)))
	for _, k := range slices.Sorted(maps.Keys(m.suffixes)) {
		binio.PutString(cw, k)
		binio.PutUvarint(cw, uint64(len(m.suffixes[k])))
		for _, id := range m.suffixes[k] {
			binio.PutUvarint(cw, uint64(id))
		}
	}
	binio.PutUvarint(cw, uint64(len(m.except)))
	for _, k := range slices.Sorted(maps.Keys(m.except)) {
		binio.PutString(cw, k)
		binio.PutString(cw, m.except[k])
	}
	binio.PutUvarint(cw, uint64(len(m.known)))
	for _, l := range slices.Sorted(maps.Keys(m.known)) {
		binio.PutString(cw, l)
	}
	return cw.Flush()
}

// Read decodes a lemmatizer written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	if h, err := binio.String(br, maxString); err != nil || h != magic {
		return nil, errors.New("lemma: not a lemmatizer model (bad magic)")
	}
	ms, err := binio.Uvarint(br, maxSuffixLimit)
	if err != nil {
		return nil, err
	}
	m := &Model{maxSuffix: int(ms), suffixes: map[string][]int32{}, except: map[string]string{}, known: map[string]bool{}}
	nr, err := binio.Uvarint(br, maxCount)
	if err != nil {
		return nil, err
	}
	for range nr {
		var r rule
		c, err := binio.Uvarint(br, nCasings-1)
		if err != nil {
			return nil, err
		}
		r.casing = int(c)
		if r.strip, err = binio.String(br, maxString); err != nil {
			return nil, err
		}
		if r.add, err = binio.String(br, maxString); err != nil {
			return nil, err
		}
		m.rules = append(m.rules, r)
	}
	ns, err := binio.Uvarint(br, maxCount)
	if err != nil {
		return nil, err
	}
	for range ns {
		k, err := getKey(br)
		if err != nil {
			return nil, err
		}
		nid, err := binio.Uvarint(br, keepRules)
		if err != nil {
			return nil, err
		}
		ids := make([]int32, nid)
		for j := range ids {
			id, err := binio.Uvarint(br, nr)
			if err != nil {
				return nil, err
			}
			if id >= nr {
				return nil, errors.New("lemma: rule out of range")
			}
			ids[j] = int32(id)
		}
		m.suffixes[k] = ids
	}
	ne, err := binio.Uvarint(br, maxCount)
	if err != nil {
		return nil, err
	}
	for range ne {
		k, err := getKey(br)
		if err != nil {
			return nil, err
		}
		if m.except[k], err = binio.String(br, maxString); err != nil {
			return nil, err
		}
	}
	nk, err := binio.Uvarint(br, maxCount)
	if err != nil {
		return nil, err
	}
	for range nk {
		l, err := binio.String(br, maxString)
		if err != nil {
			return nil, err
		}
		m.known[l] = true
	}
	if len(m.suffixes) != int(ns) || len(m.except) != int(ne) || len(m.known) != int(nk) {
		return nil, errors.New("lemma: a key is written twice")
	}
	return m, nil
}

// getKey reads a "tag NUL string" key.
func getKey(r *bufio.Reader) (string, error) {
	k, err := binio.String(r, maxString)
	if err == nil && !strings.Contains(k, "\x00") {
		err = errors.New("lemma: bad key")
	}
	return k, err
}
