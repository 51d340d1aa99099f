package lemma

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
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
	cw := &countWriter{w: bufio.NewWriter(w)}
	putUvarint(cw, uint64(len(magic)))
	cw.Write([]byte(magic))
	putUvarint(cw, uint64(m.maxSuffix))
	putUvarint(cw, uint64(len(m.rules)))
	for _, r := range m.rules {
		putUvarint(cw, uint64(r.casing))
		putString(cw, r.strip)
		putString(cw, r.add)
	}
	putUvarint(cw, uint64(len(m.suffixes)))
	for _, k := range sortedKeys(m.suffixes) {
		putString(cw, k)
		putUvarint(cw, uint64(len(m.suffixes[k])))
		for _, id := range m.suffixes[k] {
			putUvarint(cw, uint64(id))
		}
	}
	putUvarint(cw, uint64(len(m.except)))
	for _, k := range sortedKeys(m.except) {
		putString(cw, k)
		putString(cw, m.except[k])
	}
	putUvarint(cw, uint64(len(m.known)))
	for _, l := range sortedKeys(m.known) {
		putString(cw, l)
	}
	if cw.err != nil {
		return cw.n, cw.err
	}
	return cw.n, cw.w.(*bufio.Writer).Flush()
}

// Read decodes a lemmatizer written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	n, err := getUvarint(br, maxString)
	if err != nil || n != uint64(len(magic)) {
		return nil, errors.New("lemma: not a lemmatizer model (bad magic)")
	}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("lemma: not a lemmatizer model (bad magic)")
	}
	ms, err := getUvarint(br, maxSuffixLimit)
	if err != nil {
		return nil, err
	}
	m := &Model{maxSuffix: int(ms), suffixes: map[string][]int32{}, except: map[string]string{}, known: map[string]bool{}}
	nr, err := getUvarint(br, maxCount)
	if err != nil {
		return nil, err
	}
	for range nr {
		var r rule
		c, err := getUvarint(br, nCasings-1)
		if err != nil {
			return nil, err
		}
		r.casing = int(c)
		if r.strip, err = getString(br); err != nil {
			return nil, err
		}
		if r.add, err = getString(br); err != nil {
			return nil, err
		}
		m.rules = append(m.rules, r)
	}
	ns, err := getUvarint(br, maxCount)
	if err != nil {
		return nil, err
	}
	for range ns {
		k, err := getKey(br)
		if err != nil {
			return nil, err
		}
		nid, err := getUvarint(br, keepRules)
		if err != nil {
			return nil, err
		}
		ids := make([]int32, nid)
		for j := range ids {
			id, err := getUvarint(br, nr)
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
	ne, err := getUvarint(br, maxCount)
	if err != nil {
		return nil, err
	}
	for range ne {
		k, err := getKey(br)
		if err != nil {
			return nil, err
		}
		if m.except[k], err = getString(br); err != nil {
			return nil, err
		}
	}
	nk, err := getUvarint(br, maxCount)
	if err != nil {
		return nil, err
	}
	for range nk {
		l, err := getString(br)
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
	k, err := getString(r)
	if err == nil && !strings.Contains(k, "\x00") {
		err = errors.New("lemma: bad key")
	}
	return k, err
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
		return 0, fmt.Errorf("lemma: %w", err)
	}
	if v > limit {
		return 0, fmt.Errorf("lemma: number %d over the limit %d", v, limit)
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
		return "", fmt.Errorf("lemma: %w", err)
	}
	return string(b), nil
}
