package perceptron

import (
	"bytes"
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
