package perceptron

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"testing"
)

// TestLearnsSeparable trains on a separable toy problem (the class is the
// word's last letter) and checks the frozen model, and its encoding, get
// every example right.
func TestLearnsSeparable(t *testing.T) {
	words := []string{"ab", "cb", "da", "ea", "fc", "gc", "hb", "ia"}
	classes := []string{"a", "b", "c"}
	cls := func(w string) int { return int(w[len(w)-1] - 'a') }
	feats := func(w string) []uint64 {
		return []uint64{New(1).Str(w[len(w)-1:]).Key(), New(2).Str(w[:1]).Key(), New(0).Key()}
	}
	tr := NewTrainer(3)
	scores := make([]float32, 3)
	for epoch := 0; epoch < 5; epoch++ {
		for _, w := range words {
			clear(scores)
			f := feats(w)
			tr.Score(f, scores)
			tr.Update(f, cls(w), Best(scores, nil), 1)
			tr.Tick()
		}
	}
	m := tr.Freeze(classes, 0, 0)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, mm := range []*Model{m, m2} {
		for _, w := range words {
			s := make([]int32, 3)
			mm.Score(feats(w), s)
			if got := Best(s, nil); got != cls(w) {
				t.Errorf("%s: class %d, want %d", w, got, cls(w))
			}
		}
	}
	var again bytes.Buffer
	m2.WriteTo(&again)
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("re-encoding a decoded model changes its bytes")
	}
	unknown := make([]int32, 3)
	m.Score([]uint64{New(99).Key()}, unknown)
	if m.NumFeatures() == 0 || unknown[0] != 0 || unknown[1] != 0 || unknown[2] != 0 {
		t.Error("feature table wrong: an unknown feature scores")
	}
}

func TestHashDistinct(t *testing.T) {
	if New(1).Str("ab").Str("c").Key() == New(1).Str("a").Str("bc").Key() {
		t.Error("separator missing")
	}
	if New(1).Str("a").Key() == New(2).Str("a").Key() {
		t.Error("template not mixed in")
	}
}

func FuzzReadModel(f *testing.F) {
	tr := NewTrainer(2)
	tr.Update([]uint64{1, 2}, 0, 1, 1)
	tr.Tick()
	var buf bytes.Buffer
	tr.Freeze([]string{"x", "y"}, 0, 0).WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ReadModel(bytes.NewReader(b))
		if err != nil {
			return
		}
		s := make([]int32, len(m.Classes))
		m.Score([]uint64{1, 2, 3}, s)
	})
}

// TestInlineLayout checks that a model of at most inlineMaxClasses
// classes, whose rows live in its index with weights on a logarithmic
// scale, scores like a wider model (exact int16 rows apart) trained on the
// same updates: within the scale's precision, and choosing the same class.
func TestInlineLayout(t *testing.T) {
	const n = inlineMaxClasses
	inline, wide := NewTrainer(n), NewTrainer(n+1)
	feats := func(i int) []uint64 {
		return []uint64{New(1).Int(i % 7).Key(), New(2).Int(i % 13).Key(), New(3).Int(i % 3).Key(), New(4).Key()}
	}
	for i := range 3000 {
		gold, guess := (i*31)%n, (i*7+3)%n
		for _, tr := range []*Trainer{inline, wide} {
			tr.Update(feats(i), gold, guess, float32(1+i%5))
			tr.Tick()
		}
	}
	names := func(k int) []string {
		out := make([]string, k)
		for i := range out {
			out[i] = fmt.Sprint(i)
		}
		return out
	}
	mi, mw := inline.Freeze(names(n), 0, 0), wide.Freeze(names(n+1), 0, 0)
	if mi.inline == nil || mw.inline != nil {
		t.Fatal("layouts not chosen by the number of classes")
	}
	var maxAbs float64
	for _, e := range mw.ents {
		maxAbs = max(maxAbs, math.Abs(float64(e.wt)))
	}
	for i := range 200 {
		f := append(feats(i), New(9).Int(i).Key()) // and an unknown feature
		si, sw := make([]int32, n), make([]int32, n+1)
		mi.Score(f, si)
		mw.Score(f, sw)
		tol := float64(len(f)) * maxAbs * (inlineRatio - 1)
		for c := range si {
			if d := math.Abs(float64(si[c] - sw[c])); d > tol {
				t.Fatalf("features of %d, class %d: inline %d, exact %d", i, c, si[c], sw[c])
			}
		}
	}
}

// TestQuantize checks the weight scale: the largest weight is exact, codes
// keep their sign and order, and a weight is within the scale's ratio.
func TestQuantize(t *testing.T) {
	var tb inlineTable
	tb.setLevels(30000)
	if c := tb.quantize(30000); c != 127 || tb.levels[127] != 30000 {
		t.Errorf("largest weight: code %d, level %d", c, tb.levels[127])
	}
	codes := tb.codeTable(30000)
	for a := int32(0); a <= 30000; a++ {
		if codes[a] != tb.quantize(a) {
			t.Fatalf("magnitude %d: table code %d, quantize %d", a, codes[a], tb.quantize(a))
		}
	}
	prev := int8(-128)
	for w := int32(-30000); w <= 30000; w += 7 {
		c := tb.quantize(w)
		if c < prev {
			t.Fatalf("weight %d: code %d below the previous %d", w, c, prev)
		}
		prev = c
		got := float64(tb.levels[byte(c)])
		if c == 0 {
			if math.Abs(float64(w)) > float64(tb.levels[1]) {
				t.Fatalf("weight %d scored 0", w)
			}
			continue
		}
		if math.Abs(float64(w)) < float64(tb.levels[2]) { // the lowest level is coarse
			if math.Abs(got-float64(w)) > float64(tb.levels[1]) {
				t.Fatalf("weight %d scores %v", w, got)
			}
			continue
		}
		if r := got / float64(w); r < 1/inlineRatio || r > inlineRatio {
			t.Fatalf("weight %d scores %v", w, got)
		}
	}
}

// quantize is the reference for codeTable: the code of weight w, by a
// binary search of the levels; the level nearest to it in ratio,
// 0 for a weight nearer 0 than half the lowest level.
func (t *inlineTable) quantize(w int32) int8 {
	a := int64(abs32(w))
	if 2*a < int64(t.levels[1]) {
		return 0
	}
	// The first level k whose boundary with level k+1 (their geometric
	// mean) is at or above a; by binary search.
	lo, hi := 1, 127
	for lo < hi {
		mid := (lo + hi) / 2
		if a*a > int64(t.levels[mid])*int64(t.levels[mid+1]) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if w < 0 {
		return int8(-lo)
	}
	return int8(lo)
}

// TestFreezeMean checks that the mean of two trainers' weights is their
// average, feature by feature (a feature one trainer lacks counting 0
// there), with counts summed for pruning.
func TestFreezeMean(t *testing.T) {
	fa, fb, fc := New(1).Key(), New(2).Key(), New(3).Key()
	a, b := NewTrainer(2), NewTrainer(2)
	// One update each, at clock 0, then one tick: averaged weights ±1.
	a.Update([]uint64{fa, fb}, 0, 1, 1)
	a.Tick()
	b.Update([]uint64{fa, fc}, 1, 0, 1)
	b.Tick()
	classes := []string{"x", "y"}
	score := func(m *Model, f uint64) [2]float64 {
		s := make([]int32, 2)
		m.Score([]uint64{f}, s)
		return [2]float64{float64(s[0]) * float64(m.Scale), float64(s[1]) * float64(m.Scale)}
	}
	m := FreezeMean([]*Trainer{a, b}, classes, 0, 0)
	for _, tc := range []struct {
		f    uint64
		want [2]float64
	}{
		{fa, [2]float64{0, 0}},      // +1 and −1 cancel
		{fb, [2]float64{0.5, -0.5}}, // only in a
		{fc, [2]float64{-0.5, 0.5}}, // only in b
	} {
		got := score(m, tc.f)
		for c := range got {
			if math.Abs(got[c]-tc.want[c]) > 1e-3 {
				t.Errorf("feature %x: %v, want %v", tc.f, got, tc.want)
			}
		}
	}
	// Counts are summed: fa was updated once in each trainer, twice in
	// all, and stays at minCount 2; fb and fc, updated once, go.
	if n := FreezeMean([]*Trainer{a, b}, classes, 0, 2).NumFeatures(); n != 1 {
		t.Errorf("minCount 2 keeps %d features, want 1 (fa)", n)
	}
	// One trainer's mean is its Freeze.
	var x, y bytes.Buffer
	a.Freeze(classes, 0, 0).WriteTo(&x)
	FreezeMean([]*Trainer{a}, classes, 0, 0).WriteTo(&y)
	if !bytes.Equal(x.Bytes(), y.Bytes()) {
		t.Error("FreezeMean of one trainer differs from its Freeze")
	}
}

// TestSparseLayout checks that the sparse index gives every row's exact
// sum, for short and long rows and for a model of more than 256 classes,
// and nothing for absent keys.
func TestSparseLayout(t *testing.T) {
	for _, classes := range []int{51, 300} {
		m := randomModel(5000, classes, 12)
		for i, k := range m.keys {
			want := make([]int32, classes)
			for _, x := range m.ents[m.start[i]:m.start[i+1]] {
				want[x.cls] += int32(x.wt)
			}
			got := make([]int32, classes)
			m.Score([]uint64{k, New(9).Int(i).Key()}, got)
			if !slices.Equal(got, want) {
				t.Fatalf("%d classes, row %d: got %v, want %v", classes, i, got, want)
			}
		}
	}
}
