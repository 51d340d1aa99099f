package perceptron

import "testing"

// TestSplitScoresPartClasses trains a model too wide for the inline
// layout on made-up features and splits it by the parity of the class,
// class 0 in no part: each part scores its classes exactly as the whole
// model does and every other class 0, and drops the rows that weigh only
// the other part's classes.
func TestSplitScoresPartClasses(t *testing.T) {
	const n = inlineMaxClasses + 6
	classes := make([]string, n)
	for c := range classes {
		classes[c] = string(rune('a' + c))
	}
	tr := NewTrainer(n)
	feats := func(i int) []uint64 {
		return []uint64{New(1).Int(i % 7).Key(), New(2).Int(i % 11).Key(), New(3).Int(i).Key()}
	}
	for i := range 400 {
		f := feats(i)
		tr.Update(f, i%n, (i%n+2)%n, 1) // a guess of the gold class's parity: rows of one part alone
		tr.Tick()
	}
	m := tr.Freeze(classes, 0, 0)
	if m.inline != nil {
		t.Fatal("the test model took the inline layout")
	}
	part := func(c int) int {
		if c == 0 {
			return -1
		}
		return c % 2
	}
	parts := m.Split(2, part)
	for k, o := range parts {
		if o.NumFeatures() >= m.NumFeatures() {
			t.Errorf("part %d kept %d of %d rows: none of the other part's alone was dropped", k, o.NumFeatures(), m.NumFeatures())
		}
		for i := range 400 {
			whole, got := make([]int32, n), make([]int32, n)
			m.Score(feats(i), whole)
			o.Score(feats(i), got)
			for c := range n {
				want := whole[c]
				if part(c) != k {
					want = 0
				}
				if got[c] != want {
					t.Fatalf("part %d, features of %d, class %d: %d, want %d", k, i, c, got[c], want)
				}
			}
		}
	}
}
