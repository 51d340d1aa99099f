package perceptron

import "testing"

// TestOnlyScoresKeptClasses trains a model too wide for the inline layout
// on made-up features and checks that Only(even classes) scores every
// kept class exactly as the whole model does, the others 0, and drops the
// rows that weigh only classes it leaves out.
func TestOnlyScoresKeptClasses(t *testing.T) {
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
		tr.Update(f, i%n, (i%n+2)%n, 1) // the guess of the gold class's parity: odd-only rows
		tr.Tick()
	}
	m := tr.Freeze(classes, 0, 0)
	if m.inline != nil {
		t.Fatal("the test model took the inline layout")
	}
	even := func(c int) bool { return c%2 == 0 }
	o := m.Only(even)
	if o.NumFeatures() >= m.NumFeatures() {
		t.Errorf("Only kept %d of %d rows: none that weighs odd classes alone was dropped", o.NumFeatures(), m.NumFeatures())
	}
	for i := range 400 {
		whole, part := make([]int32, n), make([]int32, n)
		m.Score(feats(i), whole)
		o.Score(feats(i), part)
		for c := range n {
			want := whole[c]
			if !even(c) {
				want = 0
			}
			if part[c] != want {
				t.Fatalf("features of %d, class %d: %d, want %d", i, c, part[c], want)
			}
		}
	}
}
