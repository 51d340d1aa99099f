package parser

import (
	"slices"
	"sync"

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

// Model is a trained parser: a transition model that chooses among
// shift, reduce and the two arcs, and a label model that names each arc
// made. It is read-only and safe for concurrent use.
type Model struct {
	labels    []string // relation names, sorted
	rootLabel int      // index of RootLabel in labels
	values    []uint64 // feature value of each label
	group     []int    // group of each label
	actions   *perceptron.Model
	relations *perceptron.Model
	// grouped holds, for each group, the label model restricted to the
	// group's labels (perceptron.Model.Split): label scores the group the
	// transition chose, not every label (the whole model for a group
	// without labels, whose arc bestInGroup names from all of them).
	grouped [numGroups]*perceptron.Model
	// scratch holds *scratch values for Parse: the per-word score caches
	// of a sentence were some 7% of what a build allocated, so they are
	// kept from one sentence to the next (and per goroutine: a Model is
	// shared).
	scratch sync.Pool
}

// scratch is the working memory of one Parse.
type scratch struct {
	// The scores of the features of each word (index at(word)) as S0 and
	// as N0, alone and with its children (see features).
	stack, buffer, stackKids, bufferKids []wordScores
	feats                                []uint64
	lscores                              []int32
	// st and words are the configuration and the hashed columns of the
	// sentence, their arrays reused from one sentence to the next.
	st    state
	words []uint64
}

// getScratch returns working memory for a sentence of n words, its
// score caches cleared.
func (m *Model) getScratch(n int) *scratch {
	sc, _ := m.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{feats: make([]uint64, 0, 128), lscores: make([]int32, len(m.labels))}
	}
	for _, p := range []*[]wordScores{&sc.stack, &sc.buffer, &sc.stackKids, &sc.bufferKids} {
		if cap(*p) < n+2 {
			*p = make([]wordScores, n+2)
		} else {
			*p = (*p)[:n+2]
			clear(*p)
		}
	}
	return sc
}

// newModel wraps the frozen transition and label models; the classes of
// relations are labels.
func newModel(labels []string, actions, relations *perceptron.Model) *Model {
	m := &Model{labels: labels, rootLabel: slices.Index(labels, RootLabel), actions: actions, relations: relations}
	m.values = labelValues(len(labels))
	m.group = groupsOf(labels)
	parts := relations.Split(numGroups, func(c int) int {
		if c == m.rootLabel {
			return -1
		}
		return m.group[c]
	})
	for g := range m.grouped {
		m.grouped[g] = relations // a group without labels: bestInGroup reads every label's score
	}
	for c, g := range m.group {
		if c != m.rootLabel {
			m.grouped[g] = parts[g]
		}
	}
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

// Labels returns the relations the model assigns.
func (m *Model) Labels() []string { return slices.Clone(m.labels) }

// NumFeatures returns the number of features the model kept.
func (m *Model) NumFeatures() int { return m.actions.NumFeatures() + m.relations.NumFeatures() }

// Parse fills Head and DepRel of every word of s from its Form, UPOS and
// XPOS, as a single-rooted tree: exactly one word has head 0 and relation
// root.
func (m *Model) Parse(s *conllu.Sentence) {
	n := len(s.Tokens)
	if n == 0 {
		return
	}
	scr := m.getScratch(n)
	w := hashWordsInto(scr.words, s)
	scr.words = w.form[:cap(w.form)]
	st := &scr.st
	st.reset(n)
	feats, lscores := scr.feats, scr.lscores
	stack, buffer, stackKids, bufferKids := scr.stack, scr.buffer, scr.stackKids, scr.bufferKids
	for !st.done() {
		// The features of the parts not scored yet for this S0 and N0,
		// and those of the pair, scored in one pass (ScoreParts).
		s0, n0 := st.top(), st.front()
		var (
			pair  [numClasses]int32
			ends  [5]int
			parts [5][]int32
		)
		np := 0
		add := func(scores []int32) {
			ends[np], parts[np] = len(feats), scores
			np++
		}
		feats = feats[:0]
		sw := &stack[at(s0)]
		if !sw.done {
			feats = stackFeatures(st, &w, m.values, feats)
			add(sw.scores[:])
			sw.done = true
		}
		bw := &buffer[at(n0)]
		if !bw.done {
			feats = bufferFeatures(st, &w, feats)
			add(bw.scores[:])
			bw.done = true
		}
		sk := &stackKids[at(s0)]
		if last := st.child(st.rc1, s0); !sk.done || sk.last != last {
			clear(sk.scores[:])
			feats = stackChildFeatures(st, &w, m.values, feats)
			add(sk.scores[:])
			sk.done, sk.last = true, last
		}
		bk := &bufferKids[at(n0)]
		if last := st.child(st.lc1, n0); !bk.done || bk.last != last {
			clear(bk.scores[:])
			feats = bufferChildFeatures(st, &w, m.values, feats)
			add(bk.scores[:])
			bk.done, bk.last = true, last
		}
		feats = pairFeatures(st, &w, feats)
		add(pair[:])
		m.actions.ScoreParts(feats, ends[:np], parts[:np])
		var scores [numClasses]int32
		for c := range scores {
			scores[c] = sw.scores[c] + bw.scores[c] + sk.scores[c] + bk.scores[c] + pair[c]
		}
		// st.validClass of every class, its kinds' validity found once
		var valid [numKinds]bool
		for k := range valid {
			valid[k] = st.valid(k)
		}
		atRoot := st.s0() == 0
		best := -1
		for c, sc := range scores {
			if best >= 0 && sc <= scores[best] {
				continue
			}
			if kind, g := kindOf(c); valid[kind] && (kind != rightArc || !atRoot || g == rootGroup) {
				best = c
			}
		}
		kind, g := kindOf(best)
		label := -1
		if kind == leftArc || kind == rightArc {
			h, d := st.arc(kind)
			feats = labelFeatures(st, &w, m.values, h, d, feats[:0])
			label = m.label(h, g, feats, lscores)
		}
		st.apply(kind, label)
	}
	m.finish(st, s)
	scr.feats = feats[:0]
	m.scratch.Put(scr)
}

// wordScores holds the transition scores of the features one word gives
// in one place of the configuration and, for the features that read its
// children, the child it gained last: S0 gains only right children, each
// the new rightmost, and N0 only left ones, each the new leftmost, so
// that child tells its children apart.
type wordScores struct {
	scores [numClasses]int32
	last   int32
	done   bool
}

// label chooses the relation of an arc from head h whose group the
// transition model chose, given the label model's features: RootLabel
// when h is the root, else the best of the others in group g. scores is
// scratch space, one per label.
func (m *Model) label(h int32, g int, feats []uint64, scores []int32) int {
	if h == 0 {
		return m.rootLabel
	}
	clear(scores)
	m.grouped[g].Score(feats, scores) // the group's labels score as in the whole model
	return bestInGroup(scores, m.group, g, m.rootLabel)
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
	repair(s)
}

// labelName returns the name of label l.
func (m *Model) labelName(l int) string {
	if l == m.rootLabel || l < 0 || l >= len(m.labels) {
		return RootLabel
	}
	return m.labels[l]
}
