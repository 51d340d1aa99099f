package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/chronograph-news/chronograph/nlp/binio"
)

// Model is a frozen averaged perceptron: for each feature key a sparse row
// of int16 weights, times Scale. It is read-only and safe for concurrent
// use.
type Model struct {
	Classes []string
	Scale   float32

	keys  []uint64 // sorted feature keys
	start []uint32 // row i is ents[start[i]:start[i+1]]

	// table is an open-addressing index of the rows, probed linearly from
	// key & mask; a slot holds its key and the bounds of its row in ents,
	// so that a lookup touches one slot and one run of ents. Rows without
	// weights are not indexed.
	table  []slot
	mask   uint64
	ents   []entry // the weights of every row, with their classes
	filter *filter // the keys of table (see filter.go)

	// inline replaces table and ents for models of at most
	// inlineMaxClasses classes (see inline.go).
	inline *inlineTable
}

// slot is one entry of Model.table; hi == 0 marks an empty slot. It
// holds the first slotWeights weights of its row (head), so that scoring
// a short row — most of them: four rows of the parser's label model in
// five have at most two weights — reads the slot's cache line alone; the
// rest of a longer row is ents[lo+slotWeights:hi].
type slot struct {
	key    uint64
	lo, hi uint32
	head   [slotWeights]entry
}

// slotWeights is how many weights of its row a slot holds: four make a
// 32-byte slot, two to a cache line.
const slotWeights = 4

// entry is one weight of a row and its class.
type entry struct {
	cls uint16
	wt  int16
}

// NumFeatures returns the number of features kept.
func (m *Model) NumFeatures() int { return len(m.keys) }

// buildTable indexes the rows with weights in a power-of-two table at
// most half full.
func (m *Model) buildTable() {
	n := 1
	for n < 2*len(m.keys) {
		n <<= 1
	}
	if len(m.Classes) <= inlineMaxClasses {
		m.inline = newInlineTable(m)
		return
	}
	m.mask = uint64(n - 1)
	m.table = make([]slot, n)
	m.filter = newFilter(len(m.keys))
	for i, k := range m.keys {
		lo, hi := m.start[i], m.start[i+1]
		if hi == lo {
			continue
		}
		s := k & m.mask
		for m.table[s].hi != 0 {
			s = (s + 1) & m.mask
		}
		e := slot{key: k, lo: lo, hi: hi}
		copy(e.head[:], m.ents[lo:hi])
		m.table[s] = e
		m.filter.add(k)
	}
}

// Score adds the weights of feats to scores (len(Classes)), in units of
// Scale: multiply by Scale for the perceptron's own units. Keeping integer
// units makes scoring exact and its ties deterministic.
func (m *Model) Score(feats []uint64, scores []int32) {
	ends, parts := [1]int{len(feats)}, [1][]int32{scores}
	m.ScoreParts(feats, ends[:], parts[:])
}

// MaxParts is the most parts ScoreParts takes.
const MaxParts = 8

// ScoreParts scores several feature lists at once: it adds the weights of
// part k of feats, feats[ends[k-1]:ends[k]] (from 0 for the first; the
// last end is len(feats)), to scores[k], exactly as Score of each part
// would. Reading the index is bound by memory latency: one pass over every
// part overlaps the cache misses of all their features, where a Score call
// per part waits for each part's in turn (the parser scores up to five
// parts at each transition). It takes at most MaxParts parts and panics
// on more.
func (m *Model) ScoreParts(feats []uint64, ends []int, scores [][]int32) {
	if len(ends) > MaxParts || len(ends) != len(scores) || len(ends) == 0 || ends[len(ends)-1] != len(feats) {
		panic("perceptron: ScoreParts: bad parts")
	}
	if m.inline != nil {
		m.inline.scoreParts(feats, ends, scores)
		return
	}
	if len(m.table) == 0 {
		return
	}
	// Three passes over a batch of features: load the filter word of
	// each; find the slots of those the filter passes; add their rows, the
	// head held in the slot, the rest of a long row from ents. The loads
	// of a pass are independent of each other and come before any branch
	// on what they read, so the processor overlaps their cache misses,
	// where one loop would wait for each in turn.
	const batch = 64
	var (
		word [batch]uint64 // the filter word of feature k
		keep [batch]uint64 // the features the filter passes
		part [batch]uint8  // the part of keep[k]
		rows [batch]*slot
		of   [batch]uint8 // the part of rows[k]
	)
	table, mask, ents := m.table, m.mask, m.ents
	p := 0 // the part of the next feature
	for base := 0; base < len(feats); base += batch {
		b := feats[base:min(len(feats), base+batch)]
		nk := m.filter.passParts(b, base, ends, &p, word[:len(b)], keep[:], part[:])
		n := 0
		for k, f := range keep[:nk] {
			s := f & mask
			for {
				e := &table[s]
				if e.hi == 0 {
					break
				}
				if e.key == f {
					rows[n], of[n] = e, part[k]
					n++
					break
				}
				s = (s + 1) & mask
			}
		}
		for k, e := range rows[:n] {
			scores := scores[of[k]]
			l := e.hi - e.lo
			for _, x := range e.head[:min(l, slotWeights)] {
				scores[x.cls] += int32(x.wt)
			}
			if l > slotWeights {
				for _, x := range ents[e.lo+slotWeights : e.hi] {
					scores[x.cls] += int32(x.wt)
				}
			}
		}
	}
}

// magic starts every encoded model; the byte after it is the format version.
const magic = "CGPM\x01"

// WriteTo encodes m: classes, scale, keys, row lengths, classes and weights,
// all little-endian. It returns the bytes written.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := binio.NewWriter(w, magic)
	binio.PutUvarint(cw, uint64(len(m.Classes)))
	for _, c := range m.Classes {
		binio.PutString(cw, c)
	}
	binary.Write(cw, binary.LittleEndian, math.Float32bits(m.Scale))
	binio.PutUvarint(cw, uint64(len(m.keys)))
	binary.Write(cw, binary.LittleEndian, m.keys)
	for i := range m.keys {
		binio.PutUvarint(cw, uint64(m.start[i+1]-m.start[i]))
	}
	cls := make([]uint16, len(m.ents))
	wt := make([]int16, len(m.ents))
	for i, e := range m.ents {
		cls[i], wt[i] = e.cls, e.wt
	}
	if len(m.Classes) <= 256 {
		b := make([]byte, len(cls))
		for i, c := range cls {
			b[i] = byte(c)
		}
		cw.Write(b)
	} else {
		binary.Write(cw, binary.LittleEndian, cls)
	}
	binary.Write(cw, binary.LittleEndian, wt)
	return cw.Flush()
}

// maxDecode bounds what ReadModel allocates for a corrupt input.
const maxDecode = 1 << 24

// ReadModel decodes a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	if !binio.Magic(br, magic) {
		return nil, errors.New("perceptron: not a model (bad magic)")
	}
	nc, err := binio.Uvarint(br, math.MaxUint16)
	if err != nil {
		return nil, err
	}
	m := &Model{Classes: make([]string, nc)}
	for i := range m.Classes {
		l, err := binio.Uvarint(br, 1<<16)
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
	nk, err := binio.Uvarint(br, maxDecode)
	if err != nil {
		return nil, err
	}
	// The keys are read in chunks (readChunked), so that a corrupt count
	// cannot make a short input allocate the maximum, and decoded in one
	// pass.
	kb, err := readChunked(br, int(nk)*8)
	if err != nil {
		return nil, fmt.Errorf("perceptron: keys: %w", err)
	}
	m.keys = make([]uint64, nk)
	for i := range m.keys {
		m.keys[i] = binary.LittleEndian.Uint64(kb[8*i:])
	}
	m.start = make([]uint32, nk+1)
	for i := range m.keys {
		l, err := binio.Uvarint(br, uint64(nc))
		if err != nil {
			return nil, err
		}
		m.start[i+1] = m.start[i] + uint32(l)
		if m.start[i+1] < m.start[i] {
			return nil, errors.New("perceptron: too many weights")
		}
		if i > 0 && m.keys[i] <= m.keys[i-1] {
			return nil, errors.New("perceptron: keys out of order")
		}
	}
	nw := int(m.start[nk])
	width := 1 // bytes per class
	if nc > 256 {
		width = 2
	}
	b, err := readChunked(br, nw*width)
	if err != nil {
		return nil, fmt.Errorf("perceptron: classes: %w", err)
	}
	m.ents = make([]entry, nw)
	for i := range m.ents {
		c := uint16(b[i])
		if width == 2 {
			c = binary.LittleEndian.Uint16(b[2*i:])
		}
		if int(c) >= int(nc) {
			return nil, errors.New("perceptron: class out of range")
		}
		m.ents[i].cls = c
	}
	if b, err = readChunked(br, 2*nw); err != nil {
		return nil, fmt.Errorf("perceptron: weights: %w", err)
	}
	for i := range m.ents {
		m.ents[i].wt = int16(binary.LittleEndian.Uint16(b[2*i:]))
	}
	m.buildTable()
	return m, nil
}

// readChunked reads n bytes, growing its buffer as they arrive, so that a
// corrupt count on a short input fails before allocating much.
func readChunked(r io.Reader, n int) ([]byte, error) {
	const chunk = 1 << 20
	b := make([]byte, 0, min(n, chunk))
	for len(b) < n {
		k := min(n-len(b), chunk)
		b = slices.Grow(b, k)
		if _, err := io.ReadFull(r, b[len(b):len(b)+k]); err != nil {
			return nil, err
		}
		b = b[:len(b)+k]
	}
	return b, nil
}

// Split returns n models with m's classes: model k keeps, of each row,
// only the weights of the classes part maps to k (a class mapped outside
// 0..n-1 is in none), its rows left empty dropped. For its classes model
// k scores exactly what m scores, and the other classes score 0: a caller
// that needs one part's classes alone (the parser's label model names a
// relation within the group the transition chose) scores a smaller
// index, whose filter and slots the processor's caches hold better. A
// model of the inline layout, whose weight scale depends on all its
// weights, is returned as it is for every part.
func (m *Model) Split(n int, part func(class int) int) []*Model {
	out := make([]*Model, n)
	if m.inline != nil {
		for k := range out {
			out[k] = m
		}
		return out
	}
	of := make([]int, len(m.Classes))
	for c := range of {
		of[c] = part(c)
	}
	for k := range out {
		out[k] = &Model{Classes: m.Classes, Scale: m.Scale, start: []uint32{0}}
	}
	for i, key := range m.keys {
		for _, x := range m.ents[m.start[i]:m.start[i+1]] {
			if k := of[x.cls]; k >= 0 && k < n {
				out[k].ents = append(out[k].ents, x)
			}
		}
		for _, o := range out {
			if len(o.ents) > int(o.start[len(o.start)-1]) {
				o.keys = append(o.keys, key)
				o.start = append(o.start, uint32(len(o.ents)))
			}
		}
	}
	for _, o := range out {
		o.buildTable()
	}
	return out
}
