package morph

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/chronograph-news/chronograph/nlp/binio"
	"github.com/chronograph-news/chronograph/nlp/perceptron"
)

// magic starts an encoded annotator; its last byte is the format version.
const magic = "CGMF\x01"

// Decoding limits, against corrupt input.
const (
	maxGroups = 1 << 16
	maxString = 1 << 12
)

// WriteTo encodes m: the candidate classes of each pair of tags, then the
// perceptron. It returns the bytes written.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := binio.NewWriter(w, magic)
	keys := slices.Sorted(maps.Keys(m.groups))
	binio.PutUvarint(cw, uint64(len(keys)))
	for _, g := range keys {
		binio.PutUvarint(cw, uint64(len(g)))
		io.WriteString(cw, g)
		binio.PutUvarint(cw, uint64(len(m.groups[g])))
		for _, c := range m.groups[g] {
			binio.PutUvarint(cw, uint64(c))
		}
	}
	if _, err := cw.Flush(); err != nil {
		return cw.N, err
	}
	n, err := m.pm.WriteTo(w)
	return cw.N + n, err
}

// Read decodes an annotator written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	if !binio.Magic(br, magic) {
		return nil, errors.New("morph: not a morphology model (bad magic)")
	}
	ng, err := binio.Uvarint(br, maxGroups)
	if err != nil {
		return nil, err
	}
	type group struct {
		name  string
		cands []int
	}
	var gs []group
	maxClass := -1
	for range ng {
		l, err := binio.Uvarint(br, maxString)
		if err != nil {
			return nil, err
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("morph: %w", err)
		}
		nc, err := binio.Uvarint(br, maxGroups)
		if err != nil {
			return nil, err
		}
		g := group{name: string(b)}
		for range nc {
			c, err := binio.Uvarint(br, maxGroups)
			if err != nil {
				return nil, err
			}
			g.cands = append(g.cands, int(c))
			maxClass = max(maxClass, int(c))
		}
		gs = append(gs, g)
	}
	pm, err := perceptron.ReadModel(br)
	if err != nil {
		return nil, err
	}
	if maxClass >= len(pm.Classes) {
		return nil, errors.New("morph: candidate class out of range")
	}
	m := &Model{pm: pm, groups: make(map[string][]int, len(gs))}
	for _, g := range gs {
		m.groups[g.name] = g.cands
	}
	return m, nil
}
