package perceptron

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestScoreParts checks that ScoreParts adds to each part's scores exactly
// what Score of that part alone adds, in both layouts, for parts that are
// empty, cross a batch of features or come one after another in a batch.
func TestScoreParts(t *testing.T) {
	for _, classes := range []int{14, 51} { // inline, sparse
		m := randomModel(3000, classes, 6)
		r := rand.New(rand.NewPCG(5, 6))
		feature := func() uint64 {
			if r.IntN(3) == 0 {
				return New(9).Int(r.Int()).Key() // in no model
			}
			return m.keys[r.IntN(len(m.keys))]
		}
		for _, tc := range []struct {
			name  string
			sizes []int
		}{
			{"one part", []int{40}},
			{"five short parts in one batch", []int{17, 16, 22, 11, 29}},
			{"an empty part between two", []int{5, 0, 7}},
			{"a part across batches", []int{10, 100, 3}},
			{"the most parts", []int{1, 2, 3, 4, 70, 6, 7, 8}},
		} {
			var feats []uint64
			var ends []int
			for _, n := range tc.sizes {
				for range n {
					feats = append(feats, feature())
				}
				ends = append(ends, len(feats))
			}
			got := make([][]int32, len(ends))
			for k := range got {
				got[k] = make([]int32, classes)
				got[k][0] = int32(k) // added to, not overwritten
			}
			m.ScoreParts(feats, ends, got)
			lo := 0
			for k, hi := range ends {
				want := make([]int32, classes)
				want[0] = int32(k)
				m.Score(feats[lo:hi], want)
				if !slices.Equal(got[k], want) {
					t.Errorf("%d classes, %s: part %d scores %v, want %v", classes, tc.name, k, got[k], want)
				}
				lo = hi
			}
		}
	}
}
