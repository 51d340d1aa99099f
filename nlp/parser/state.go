package parser

// Transition kinds.
const (
	shift = iota
	reduce
	leftArc
	rightArc
	numKinds
)

// The classes of the transition model: 0 is shift, 1 reduce, 2+2g the
// left arc with a relation of group g and 3+2g the right arc with one.
const numClasses = 2 + 2*numGroups

// classOf returns the class of a transition (group is ignored for shift
// and reduce).
func classOf(kind, group int) int {
	if kind < leftArc {
		return kind
	}
	return 2 + 2*group + (kind - leftArc)
}

// kindOf splits a class into its kind and group (-1 for shift and
// reduce).
func kindOf(c int) (kind, group int) {
	if c < 2 {
		return c, -1
	}
	return leftArc + (c-2)%2, (c - 2) / 2
}

// classNames are the names of the transition model's classes: "shift",
// "reduce", then "L:group" and "R:group" for each group.
func classNames() []string {
	names := []string{"shift", "reduce"}
	for _, g := range groupNames {
		names = append(names, "L:"+g, "R:"+g)
	}
	return names
}

// none marks a missing word (no head, no child, empty stack).
const none = -1

// state is an arc-eager configuration over words 1..n, with the root 0 at
// the bottom of the stack. Besides the arcs it keeps, per word, what the
// features read: the two leftmost and two rightmost children, the number
// of children on each side and the sets of their labels.
type state struct {
	n     int
	stack []int32
	b     int32 // front of the buffer; n+1 when empty

	head               []int32 // -1 until attached
	label              []int16
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []int16
	lset, rset         []uint64 // bit (label mod 64) of each child's label

	rootTaken bool // the root has its one dependent
}

// newState returns the initial configuration for n words.
func newState(n int) *state {
	st := &state{}
	st.reset(n)
	return st
}

// reset makes st the initial configuration for n words, reusing its
// columns when they are long enough (Parse keeps one state per goroutine:
// a new one per sentence was some 5% of what a build allocated).
func (st *state) reset(n int) {
	m := n + 1
	ints := grown(st.head[:cap(st.head)], 5*m)
	for i := range ints {
		ints[i] = none
	}
	smalls := grown(st.label[:cap(st.label)], 3*m)
	clear(smalls)
	sets := grown(st.lset[:cap(st.lset)], 2*m)
	clear(sets)
	*st = state{
		n:     n,
		stack: append(grown(st.stack, m)[:0], 0),
		b:     1,
		head:  ints[0:m], lc1: ints[m : 2*m], lc2: ints[2*m : 3*m], rc1: ints[3*m : 4*m], rc2: ints[4*m : 5*m],
		label: smalls[0:m], nl: smalls[m : 2*m], nr: smalls[2*m : 3*m],
		lset: sets[0:m], rset: sets[m : 2*m],
	}
}

// grown returns a slice of length n, s's array when its capacity holds n
// (its contents then left as they were), else a new one.
func grown[E any](s []E, n int) []E {
	if cap(s) < n {
		return make([]E, n)
	}
	return s[:n]
}

// done reports whether the buffer is empty.
func (st *state) done() bool { return int(st.b) > st.n }

// s0 returns the top of the stack (0, the root, when only it is left).
func (st *state) s0() int32 { return st.stack[len(st.stack)-1] }

// valid reports whether transition kind may apply. The root takes one
// dependent, by a right arc from the bottom of the stack (labelled
// RootLabel), and never heads a left arc.
func (st *state) valid(kind int) bool {
	if st.done() {
		return false
	}
	s := st.s0()
	switch kind {
	case shift:
		return true
	case reduce:
		return s != 0 && st.head[s] != none
	case leftArc:
		return s != 0 && st.head[s] == none
	default:
		return s != 0 || !st.rootTaken
	}
}

// validClass reports whether the transition of kind with relation group
// g may apply: the root's one dependent has a relation of the root's
// group.
func (st *state) validClass(kind, g int) bool {
	if !st.valid(kind) {
		return false
	}
	return kind != rightArc || st.s0() != 0 || g == rootGroup
}

// rootGroup is the group of RootLabel.
var rootGroup = groupOf(RootLabel)

// arc returns the head and dependent of the arc transition kind would
// make.
func (st *state) arc(kind int) (h, d int32) {
	if kind == leftArc {
		return st.b, st.s0()
	}
	return st.s0(), st.b
}

// apply performs a transition, which must be valid; label is the
// relation of an arc (ignored for shift and reduce).
func (st *state) apply(kind, label int) {
	switch kind {
	case shift:
		st.stack = append(st.stack, st.b)
		st.b++
	case reduce:
		st.stack = st.stack[:len(st.stack)-1]
	case leftArc:
		s := st.s0()
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(st.b, s, label)
	default:
		s := st.s0()
		if s == 0 {
			st.rootTaken = true
		}
		st.attach(s, st.b, label)
		st.stack = append(st.stack, st.b)
		st.b++
	}
}

// attach adds the arc h → d with label l.
func (st *state) attach(h, d int32, l int) {
	st.head[d] = h
	st.label[d] = int16(l)
	if d < h {
		st.nl[h]++
		st.lset[h] |= 1 << (uint(l) % 64)
		switch {
		case st.lc1[h] == none || d < st.lc1[h]:
			st.lc2[h], st.lc1[h] = st.lc1[h], d
		case st.lc2[h] == none || d < st.lc2[h]:
			st.lc2[h] = d
		}
	} else {
		st.nr[h]++
		st.rset[h] |= 1 << (uint(l) % 64)
		switch {
		case st.rc1[h] == none || d > st.rc1[h]:
			st.rc2[h], st.rc1[h] = st.rc1[h], d
		case st.rc2[h] == none || d > st.rc2[h]:
			st.rc2[h] = d
		}
	}
}
