package parser

import (
	"slices"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/perceptron"
)

// RootLabel is the relation of the word attached to the root.
const RootLabel = "root"

// Labels given to words the transitions leave without a head (rare: the
// parser stops when the buffer is empty).
const (
	fallbackLabel = "dep"
	punctLabel    = "punct"
)

// Model is a trained parser. It is read-only and safe for concurrent use.
type Model struct {
	labels    []string // relation names, sorted
	rootLabel int      // index of RootLabel in labels
	values    []uint64 // feature value of each label
	pm        *perceptron.Model
}

// newModel wraps a frozen perceptron whose classes are those of labels.
func newModel(labels []string, pm *perceptron.Model) *Model {
	m := &Model{labels: labels, rootLabel: slices.Index(labels, RootLabel), pm: pm}
	m.values = labelValues(len(labels))
	return m
}

// labelValues returns the feature values of n labels.
func labelValues(n int) []uint64 {
	v := make([]uint64, n)
	for i := range v {
		v[i] = small(1000 + i)
	}
	return v
}

// classNames returns the names of the perceptron classes for labels:
// "shift", "reduce", then "L:label" and "R:label" for each label.
func classNames(labels []string) []string {
	names := []string{"shift", "reduce"}
	for _, l := range labels {
		names = append(names, "L:"+l, "R:"+l)
	}
	return names
}

// Labels returns the relations the model assigns.
func (m *Model) Labels() []string { return slices.Clone(m.labels) }

// NumFeatures returns the number of features the model kept.
func (m *Model) NumFeatures() int { return m.pm.NumFeatures() }

// Parse fills Head and DepRel of every word of s from its Form, UPOS and
// XPOS, as a single-rooted tree: exactly one word has head 0 and relation
// root.
func (m *Model) Parse(s *conllu.Sentence) {
	n := len(s.Tokens)
	if n == 0 {
		return
	}
	w := hashWords(s)
	st := newState(n)
	feats := make([]uint64, 0, 128)
	scores := make([]int32, len(m.pm.Classes))
	for !st.done() {
		feats = features(st, &w, m.values, feats[:0])
		clear(scores)
		m.pm.Score(feats, scores)
		best, bs := -1, int32(0)
		for c, sc := range scores {
			if best >= 0 && sc <= bs {
				continue
			}
			if kind, l := kindOf(c); st.valid(kind, l, m.rootLabel) {
				best, bs = c, sc
			}
		}
		st.apply(kindOf(best))
	}
	m.finish(st, s)
}

// finish copies the arcs of the final configuration to s, attaching the
// words left without a head: the first becomes the root if none was
// chosen, the others depend on the root word.
func (m *Model) finish(st *state, s *conllu.Sentence) {
	root := int32(none)
	for i := 1; i <= st.n; i++ {
		if st.head[i] == 0 {
			root = int32(i)
			break
		}
	}
	for i := 1; i <= st.n; i++ {
		t := &s.Tokens[i-1]
		switch {
		case st.head[i] != none:
			t.Head = int(st.head[i])
			t.DepRel = m.labelName(int(st.label[i]))
		case root == none:
			root = int32(i)
			t.Head, t.DepRel = 0, RootLabel
		default:
			t.Head, t.DepRel = int(root), fallbackLabel
			if t.UPOS == "PUNCT" {
				t.DepRel = punctLabel
			}
		}
	}
}

// labelName returns the name of label l.
func (m *Model) labelName(l int) string {
	if l == m.rootLabel || l < 0 || l >= len(m.labels) {
		return RootLabel
	}
	return m.labels[l]
}
