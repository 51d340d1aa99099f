package parser

import (
	"slices"
	"strings"

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
}

// newModel wraps the frozen transition and label models; the classes of
// relations are labels.
func newModel(labels []string, actions, relations *perceptron.Model) *Model {
	m := &Model{labels: labels, rootLabel: slices.Index(labels, RootLabel), actions: actions, relations: relations}
	m.values = labelValues(len(labels))
	m.group = groupsOf(labels)
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
	w := hashWords(s)
	st := newState(n)
	feats := make([]uint64, 0, 128)
	lscores := make([]int32, len(m.labels))
	// The scores of the features of each word (index at(word)) as S0 and
	// as N0, alone and with its children (see features).
	stack := make([]wordScores, n+2)
	buffer := make([]wordScores, n+2)
	stackKids := make([]wordScores, n+2)
	bufferKids := make([]wordScores, n+2)
	for !st.done() {
		s0, n0 := st.top(), st.front()
		sw := &stack[at(s0)]
		if !sw.done {
			m.actions.Score(stackFeatures(st, &w, m.values, feats[:0]), sw.scores[:])
			sw.done = true
		}
		bw := &buffer[at(n0)]
		if !bw.done {
			m.actions.Score(bufferFeatures(st, &w, feats[:0]), bw.scores[:])
			bw.done = true
		}
		sk := &stackKids[at(s0)]
		if last := st.child(st.rc1, s0); !sk.done || sk.last != last {
			clear(sk.scores[:])
			m.actions.Score(stackChildFeatures(st, &w, m.values, feats[:0]), sk.scores[:])
			sk.done, sk.last = true, last
		}
		bk := &bufferKids[at(n0)]
		if last := st.child(st.lc1, n0); !bk.done || bk.last != last {
			clear(bk.scores[:])
			m.actions.Score(bufferChildFeatures(st, &w, m.values, feats[:0]), bk.scores[:])
			bk.done, bk.last = true, last
		}
		feats = pairFeatures(st, &w, feats[:0])
		var scores [numClasses]int32
		for c := range scores {
			scores[c] = sw.scores[c] + bw.scores[c] + sk.scores[c] + bk.scores[c]
		}
		m.actions.Score(feats, scores[:])
		best := -1
		for c, sc := range scores {
			if (best < 0 || sc > scores[best]) && st.validClass(kindOf(c)) {
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
	m.relations.Score(feats, scores)
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
	liftFromPunct(s)
}

// liftFromPunct gives each word the parse hung on punctuation the
// punctuation's own head: punctuation heads nothing in Universal
// Dependencies ("denied that it had sent troops." with "sent" on the
// period is "sent" on "denied"); punctuation that is the root keeps its
// dependents (a sentence of punctuation alone). A clause keeps its
// relation (liftedClauses); any other word takes the unspecified
// relation fallbackLabel: a relation chosen for a punctuation head says
// nothing of the new one ("Shoigu arrived in Pyongyang since Putin held
// talks with Trump." with "Trump" a subject of the period is no subject
// of "arrived").
func liftFromPunct(s *conllu.Sentence) {
	lifted := make([]bool, len(s.Tokens))
	for i := range s.Tokens {
		t := &s.Tokens[i]
		for hops := 0; hops < len(s.Tokens) && t.Head > 0 && s.Tokens[t.Head-1].UPOS == "PUNCT" && s.Tokens[t.Head-1].Head > 0; hops++ {
			t.Head, lifted[i] = s.Tokens[t.Head-1].Head, true
		}
		if lifted[i] && t.UPOS != "PUNCT" && !liftedClauses[baseRelation(t.DepRel)] {
			t.DepRel = fallbackLabel
		}
	}
	markLiftedClauses(s, lifted)
}

// markLiftedClauses mends a subordinator lifted from punctuation with the
// clause after it: it marks the first lifted verb that follows it, and a
// clause "that" opens under a verb is that verb's complement ("denied
// that it had sent troops." hung on the period: "that" marks "sent",
// "sent" the complement of "denied").
func markLiftedClauses(s *conllu.Sentence, lifted []bool) {
	for i := range s.Tokens {
		if !lifted[i] || s.Tokens[i].UPOS != "SCONJ" {
			continue
		}
		for j := i + 1; j < len(s.Tokens); j++ {
			v := &s.Tokens[j]
			if !lifted[j] || v.UPOS != "VERB" && v.UPOS != "AUX" {
				continue
			}
			s.Tokens[i].Head, s.Tokens[i].DepRel = j+1, "mark"
			if strings.EqualFold(s.Tokens[i].Form, "that") && v.Head > 0 && s.Tokens[v.Head-1].UPOS == "VERB" && (v.DepRel == "advcl" || v.DepRel == fallbackLabel) {
				v.DepRel = "ccomp"
			}
			break
		}
	}
}

// liftedClauses are the relations a word lifted from punctuation keeps: a
// clause's relation to the clause it joins tells what it is, whatever
// word it hangs on ("after arriving" stays an adverbial clause).
var liftedClauses = map[string]bool{"advcl": true, "ccomp": true, "xcomp": true, "parataxis": true}

// baseRelation is a relation without its subtype ("advcl:relcl" → "advcl").
func baseRelation(rel string) string {
	base, _, _ := strings.Cut(rel, ":")
	return base
}

// labelName returns the name of label l.
func (m *Model) labelName(l int) string {
	if l == m.rootLabel || l < 0 || l >= len(m.labels) {
		return RootLabel
	}
	return m.labels[l]
}
