package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Model is a frozen averaged perceptron: for each feature key a sparse row
// of int16 weights, times Scale. It is read-only and safe for concurrent
// use.
type Model struct {
	Classes []string
	Scale   float32

	keys  []uint64 // sorted feature keys
	start []uint32 // row i is cls/wt[start[i]:start[i+1]]
	cls   []uint16
	wt    []int16

	// table is an open-addressing index of keys: slot → row+1 (0 = empty),
	// probed linearly from key & mask.
	table []uint32
	mask  uint64
}

// NumFeatures returns the number of features kept.
func (m *Model) NumFeatures() int { return len(m.keys) }

// NumWeights returns the number of weights kept.
func (m *Model) NumWeights() int { return len(m.wt) }

// buildTable indexes keys in a power-of-two table at most half full.
func (m *Model) buildTable() {
	n := 1
	for n < 2*len(m.keys) {
		n <<= 1
	}
	m.table = make([]uint32, n)
	m.mask = uint64(n - 1)
	for i, k := range m.keys {
		s := k & m.mask
		for m.table[s] != 0 {
			s = (s + 1) & m.mask
		}
		m.table[s] = uint32(i + 1)
	}
}

// row returns the index of key's row, or -1.
func (m *Model) row(key uint64) int {
	if len(m.keys) == 0 {
		return -1
	}
	s := key & m.mask
	for {
		r := m.table[s]
		if r == 0 {
			return -1
		}
		if m.keys[r-1] == key {
			return int(r - 1)
		}
		s = (s + 1) & m.mask
	}
}

// Has reports whether the model kept feature key.
func (m *Model) Has(key uint64) bool { return m.row(key) >= 0 }

// Score adds the weights of feats to scores (len(Classes)), in units of
// Scale: multiply by Scale for the perceptron's own units. Keeping integer
// units makes scoring exact and its ties deterministic.
func (m *Model) Score(feats []uint64, scores []int32) {
	for _, f := range feats {
		r := m.row(f)
		if r < 0 {
			continue
		}
		lo, hi := m.start[r], m.start[r+1]
		cls, wt := m.cls[lo:hi], m.wt[lo:hi]
		for j, c := range cls {
			scores[c] += int32(wt[j])
		}
	}
}

// BestInt returns the highest of scores among the allowed classes (all
// when allowed is nil), the lowest index winning ties; -1 when none is
// allowed.
func BestInt(scores []int32, allowed func(int) bool) int {
	best, bs := -1, int32(0)
	for c, s := range scores {
		if allowed != nil && !allowed(c) {
			continue
		}
		if best < 0 || s > bs {
			best, bs = c, s
		}
	}
	return best
}

// magic starts every encoded model; the byte after it is the format version.
const magic = "CGPM\x01"

// WriteTo encodes m: classes, scale, keys, row lengths, classes and weights,
// all little-endian. It returns the bytes written.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: bufio.NewWriter(w)}
	cw.Write([]byte(magic))
	putUvarint(cw, uint64(len(m.Classes)))
	for _, c := range m.Classes {
		putUvarint(cw, uint64(len(c)))
		cw.Write([]byte(c))
	}
	binary.Write(cw, binary.LittleEndian, math.Float32bits(m.Scale))
	putUvarint(cw, uint64(len(m.keys)))
	binary.Write(cw, binary.LittleEndian, m.keys)
	for i := range m.keys {
		putUvarint(cw, uint64(m.start[i+1]-m.start[i]))
	}
	if len(m.Classes) <= 256 {
		b := make([]byte, len(m.cls))
		for i, c := range m.cls {
			b[i] = byte(c)
		}
		cw.Write(b)
	} else {
		binary.Write(cw, binary.LittleEndian, m.cls)
	}
	binary.Write(cw, binary.LittleEndian, m.wt)
	if cw.err != nil {
		return cw.n, cw.err
	}
	return cw.n, cw.w.(*bufio.Writer).Flush()
}

// maxDecode bounds what ReadModel allocates for a corrupt input.
const maxDecode = 1 << 24

// ReadModel decodes a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("perceptron: not a model (bad magic)")
	}
	nc, err := getUvarint(br, math.MaxUint16)
	if err != nil {
		return nil, err
	}
	m := &Model{Classes: make([]string, nc)}
	for i := range m.Classes {
		l, err := getUvarint(br, 1<<16)
		if err != nil {
			return nil, err
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("perceptron: class names: %w", err)
		}
		m.Classes[i] = string(b)
	}
	var bits uint32
	if err := binary.Read(br, binary.LittleEndian, &bits); err != nil {
		return nil, fmt.Errorf("perceptron: scale: %w", err)
	}
	m.Scale = math.Float32frombits(bits)
	nk, err := getUvarint(br, maxDecode)
	if err != nil {
		return nil, err
	}
	m.keys = make([]uint64, nk)
	if err := binary.Read(br, binary.LittleEndian, m.keys); err != nil {
		return nil, fmt.Errorf("perceptron: keys: %w", err)
	}
	m.start = make([]uint32, nk+1)
	for i := range m.keys {
		l, err := getUvarint(br, uint64(nc))
		if err != nil {
			return nil, err
		}
		m.start[i+1] = m.start[i] + uint32(l)
		if i > 0 && m.keys[i] <= m.keys[i-1] {
			return nil, errors.New("perceptron: keys out of order")
		}
	}
	nw := int(m.start[nk])
	m.cls = make([]uint16, nw)
	if nc <= 256 {
		b := make([]byte, nw)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("perceptron: classes: %w", err)
		}
		for i, c := range b {
			m.cls[i] = uint16(c)
		}
	} else if err := binary.Read(br, binary.LittleEndian, m.cls); err != nil {
		return nil, fmt.Errorf("perceptron: classes: %w", err)
	}
	for _, c := range m.cls {
		if int(c) >= int(nc) {
			return nil, errors.New("perceptron: class out of range")
		}
	}
	m.wt = make([]int16, nw)
	if err := binary.Read(br, binary.LittleEndian, m.wt); err != nil {
		return nil, fmt.Errorf("perceptron: weights: %w", err)
	}
	m.buildTable()
	return m, nil
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

func getUvarint(r io.ByteReader, limit uint64) (uint64, error) {
	v, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, fmt.Errorf("perceptron: %w", err)
	}
	if v > limit {
		return 0, fmt.Errorf("perceptron: count %d over the limit %d", v, limit)
	}
	return v, nil
}
