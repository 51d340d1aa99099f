package perceptron

import (
	"bufio"
	"compress/gzip"
	"io"
	"math/rand/v2"
	"os"
	"testing"
)

// randomModel returns a model of n random keys, each with a row of 1 to
// rowLen random weights over classes classes.
func randomModel(n, classes, rowLen int) *Model {
	r := rand.New(rand.NewPCG(1, 2))
	m := &Model{Classes: make([]string, classes), Scale: 1, start: []uint32{0}}
	seen := map[uint64]bool{}
	for len(m.keys) < n {
		k := New(1).Int(r.Int()).Key()
		if seen[k] {
			continue
		}
		seen[k] = true
		m.keys = append(m.keys, k)
		for range 1 + r.IntN(rowLen) {
			m.ents = append(m.ents, entry{uint16(r.IntN(classes)), int16(r.IntN(2000) - 1000)})
		}
		m.start = append(m.start, uint32(len(m.ents)))
	}
	m.buildTable()
	return m
}

// benchmarkScore measures Score on features of which one in four is in
// the model, as when the language core reads news, with the model's key
// filter and with one that passes every key (the cost of the index
// alone).
func benchmarkScore(b *testing.B, m *Model) {
	r := rand.New(rand.NewPCG(3, 4))
	feats := make([]uint64, 1<<16)
	for i := range feats {
		if r.IntN(4) == 0 {
			feats[i] = m.keys[r.IntN(len(m.keys))]
		} else {
			feats[i] = New(2).Int(r.Int()).Key()
		}
	}
	filterOf := &m.filter
	if m.inline != nil {
		filterOf = &m.inline.filter
	}
	own := *filterOf
	all := &filter{words: []uint64{^uint64(0)}}
	scores := make([]int32, len(m.Classes))
	for _, c := range []struct {
		name string
		f    *filter
	}{{"filter", own}, {"nofilter", all}} {
		b.Run(c.name, func(b *testing.B) {
			*filterOf = c.f
			for b.Loop() {
				for i := 0; i < len(feats); i += 32 {
					m.Score(feats[i:i+32], scores)
				}
			}
		})
	}
	*filterOf = own
}

// BenchmarkScore measures scoring a model of the parser's transitions'
// size and layout (inline) and one of its labels' (sparse).
func BenchmarkScore(b *testing.B) {
	b.Run("inline", func(b *testing.B) { benchmarkScore(b, randomModel(240000, 14, 6)) })
	b.Run("sparse", func(b *testing.B) { benchmarkScore(b, randomModel(90000, 51, 4)) })
}

// BenchmarkScoreLabels measures scoring the parser's label model itself,
// read from its model file, whose rows are mostly short (four in five
// hold at most two weights), unlike randomModel's.
func BenchmarkScoreLabels(b *testing.B) {
	f, err := os.Open("../models/data/parser.model.gz")
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	br := bufio.NewReader(z)
	if _, err := io.ReadFull(br, make([]byte, len("CGDP\x02"))); err != nil {
		b.Fatal(err)
	}
	if _, err := ReadModel(br); err != nil { // the transition model
		b.Fatal(err)
	}
	m, err := ReadModel(br)
	if err != nil {
		b.Fatal(err)
	}
	benchmarkScore(b, m)
}
