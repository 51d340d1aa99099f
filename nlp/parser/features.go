package parser

import (
	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// Feature values are 64-bit hashes. Words and tags are hashed once per
// sentence; a feature key mixes a template number with its values.

const (
	mixPrime = 0x100000001b3
	mixSeed  = 0x9e3779b97f4a7c15
)

// fmix is the 64-bit finalizer of MurmurHash3.
func fmix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// small turns a small integer (a distance, a count, a label) into a value.
func small(n int) uint64 { return fmix(uint64(n) + mixSeed) }

func k1(t int, a uint64) uint64 {
	return fmix((uint64(t)*mixSeed ^ a) * mixPrime)
}

func k2(t int, a, b uint64) uint64 {
	return fmix(((uint64(t)*mixSeed^a)*mixPrime ^ b) * mixPrime)
}

func k3(t int, a, b, c uint64) uint64 {
	return fmix((((uint64(t)*mixSeed^a)*mixPrime^b)*mixPrime ^ c) * mixPrime)
}

// strHash hashes s by FNV-1a, lower-casing ASCII letters when lower is set.
func strHash(s string, lower bool) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lower && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= mixPrime
	}
	return fmix(h)
}

// Values of the root and of a missing word.
var (
	rootValue = small(-2)
	noneValue = small(-3)
	noLabel   = small(-4)
)

// words holds the hashed columns of a sentence: index i+1 for word i
// (word 0 being the root), index 0 for a missing word.
type words struct {
	form, tag, upos, suffix []uint64
	gold, goldUpos          []uint64 // training only: tag and upos before perturbation
}

// hashWords reads the form, XPOS (UPOS when XPOS is missing) and UPOS of s.
func hashWords(s *conllu.Sentence) words { return hashWordsInto(nil, s) }

// hashWordsInto is hashWords writing its columns into buf's array when
// its capacity holds them.
func hashWordsInto(buf []uint64, s *conllu.Sentence) words {
	n := len(s.Tokens)
	m := n + 2
	buf = grown(buf[:cap(buf)], 4*m)
	w := words{form: buf[:m], tag: buf[m : 2*m], upos: buf[2*m : 3*m], suffix: buf[3*m:]}
	w.form[0], w.tag[0], w.upos[0], w.suffix[0] = noneValue, noneValue, noneValue, noneValue
	w.form[1], w.tag[1], w.upos[1], w.suffix[1] = rootValue, rootValue, rootValue, rootValue
	for i := range s.Tokens {
		t := &s.Tokens[i]
		w.form[i+2] = strHash(t.Form, true)
		tag := t.XPOS
		if tag == "" || tag == "_" {
			tag = t.UPOS
		}
		w.tag[i+2] = strHash(tag, false) ^ 1
		w.upos[i+2] = strHash(t.UPOS, false) ^ 2
		w.suffix[i+2] = strHash(t.Form[max(0, len(t.Form)-suffixLen):], true) ^ 3
	}
	return w
}

// Feature windows: distances and valencies above these share a value;
// the suffix feature reads the last suffixLen bytes of a word.
const (
	suffixLen   = 3
	maxDistance = 10
	maxValency  = 5
)

// features appends the feature keys of configuration st to f: the
// templates of Zhang & Nivre (2011, table 1) over the stack top S0, the
// buffer N0..N2, S0's head and grandparent, the leftmost and rightmost
// children of S0 and N0, the distance S0–N0, valencies and label sets;
// and, less dependent on the tagger, UPOS pairs, word bigrams and the
// suffixes of S0, N0 and N1. They come in five parts: those of the stack
// top alone (stackFeatures), of the buffer front alone (bufferFeatures),
// of either with its children (stackChildFeatures, bufferChildFeatures)
// and of both (pairFeatures). Parse scores each of the first four once
// per word (and newest child) and adds the scores wherever that word is
// S0 or N0 again.
func features(st *state, w *words, labels []uint64, f []uint64) []uint64 {
	f = stackFeatures(st, w, labels, f)
	f = bufferFeatures(st, w, f)
	f = stackChildFeatures(st, w, labels, f)
	f = bufferChildFeatures(st, w, labels, f)
	return pairFeatures(st, w, f)
}

// at returns the index in words of word i (none included).
func at(i int32) int { return int(i) + 1 }

// top returns S0, the top of the stack, or none.
func (st *state) top() int32 {
	if len(st.stack) == 0 {
		return none
	}
	return st.s0()
}

// front returns N0, the front of the buffer, or none when it is empty.
func (st *state) front() int32 {
	if st.done() {
		return none
	}
	return st.b
}

// next returns the word k places after N0, or none.
func (st *state) next(k int32) int32 {
	n0 := st.front()
	if n0 == none || int(n0+k) > st.n {
		return none
	}
	return n0 + k
}

// headOf returns the head of word i, or none.
func (st *state) headOf(i int32) int32 {
	if i == none {
		return none
	}
	return st.head[i]
}

// labelOf returns the label value of word i's arc, or noLabel.
func (st *state) labelOf(i int32, labels []uint64) uint64 {
	if i == none || st.head[i] == none {
		return noLabel
	}
	return labels[st.label[i]]
}

// stackFeatures appends the features that read only S0, its head and
// grandparent, their labels and S1, the word below S0. None of these
// changes while a word stays on the stack (arc-eager attaches a word as
// it is pushed, or as it is popped, and never moves the words beneath
// it), so they are the same whenever the same word is S0.
func stackFeatures(st *state, w *words, labels []uint64, f []uint64) []uint64 {
	s0 := st.top()
	s0h := st.headOf(s0)
	s0h2 := st.headOf(s0h)
	s1 := int32(none)
	if len(st.stack) > 1 {
		s1 = st.stack[len(st.stack)-2]
	}
	S0w, S0p := w.form[at(s0)], w.tag[at(s0)]
	S0wp := S0w ^ S0p*3
	S0hp, S0h2p := w.tag[at(s0h)], w.tag[at(s0h2)]
	S1w, S1p := w.form[at(s1)], w.tag[at(s1)]
	return append(f,
		k1(1, S0wp), k1(2, S0w), k1(3, S0p),
		k1(13, w.upos[at(s0)]), k1(15, w.suffix[at(s0)]),
		k1(60, w.form[at(s0h)]), k1(61, S0hp), k1(62, st.labelOf(s0, labels)),
		k1(80, w.form[at(s0h2)]), k1(81, S0h2p), k1(82, st.labelOf(s0h, labels)),
		k3(94, S0p, S0hp, S0h2p),
		k1(120, S1w), k1(121, S1p), k2(122, S1p, S0p), k1(125, st.labelOf(s1, labels)),
		k1(110, 0), // bias
	)
}

// bufferFeatures appends the features that read only N0 and the words
// after it, so they are the same whenever the same word is N0.
func bufferFeatures(st *state, w *words, f []uint64) []uint64 {
	n0, n1, n2, n3 := st.front(), st.next(1), st.next(2), st.next(3)
	N0w, N0p := w.form[at(n0)], w.tag[at(n0)]
	N1w, N1p := w.form[at(n1)], w.tag[at(n1)]
	N2w, N2p := w.form[at(n2)], w.tag[at(n2)]
	return append(f,
		k1(4, N0w^N0p*3), k1(5, N0w), k1(6, N0p),
		k1(7, N1w^N1p*3), k1(8, N1w), k1(9, N1p),
		k1(10, N2w^N2p*3), k1(11, N2w), k1(12, N2p),
		k1(14, w.upos[at(n0)]), k1(16, w.suffix[at(n0)]), k1(17, w.suffix[at(n1)]),
		k2(18, N0w, N1w), k2(27, N0p, N1p),
		k3(30, N0p, N1p, N2p), k3(126, N1p, N2p, w.tag[at(n3)]),
	)
}

// stackChildFeatures appends the features that read S0 with its
// children. A word on the stack only gains right children (left ones
// were attached while it was N0), each the new rightmost, so they are the
// same whenever the same word is S0 with the same rightmost child.
func stackChildFeatures(st *state, w *words, labels []uint64, f []uint64) []uint64 {
	s0 := st.top()
	s0l, s0r := st.child(st.lc1, s0), st.child(st.rc1, s0)
	s0l2, s0r2 := st.child(st.lc2, s0), st.child(st.rc2, s0)
	S0w, S0p := w.form[at(s0)], w.tag[at(s0)]
	S0lp, S0rp, S0l2p, S0r2p := w.tag[at(s0l)], w.tag[at(s0r)], w.tag[at(s0l2)], w.tag[at(s0r2)]
	var s0vl, s0vr, s0sl, s0sr uint64 = noneValue, noneValue, noneValue, noneValue
	if s0 != none {
		s0vl, s0vr = small(min(int(st.nl[s0]), maxValency)), small(min(int(st.nr[s0]), maxValency))
		s0sl, s0sr = fmix(st.lset[s0]^1), fmix(st.rset[s0]^2)
	}
	return append(f,
		// Valency.
		k2(50, S0w, s0vr), k2(51, S0p, s0vr), k2(52, S0w, s0vl), k2(53, S0p, s0vl),
		// Children.
		k1(63, w.form[at(s0l)]), k1(64, S0lp), k1(65, st.labelOf(s0l, labels)),
		k1(66, w.form[at(s0r)]), k1(67, S0rp), k1(68, st.labelOf(s0r, labels)),
		// Second children.
		k1(83, w.form[at(s0l2)]), k1(84, S0l2p), k1(85, st.labelOf(s0l2, labels)),
		k1(86, w.form[at(s0r2)]), k1(87, S0r2p), k1(88, st.labelOf(s0r2, labels)),
		k3(92, S0p, S0lp, S0l2p), k3(93, S0p, S0rp, S0r2p),
		// Label sets.
		k2(100, S0w, s0sr), k2(101, S0p, s0sr), k2(102, S0w, s0sl), k2(103, S0p, s0sl),
	)
}

// bufferChildFeatures appends the features that read N0 with its
// children. N0 only has left children, gained one by one, each the new
// leftmost, so they are the same whenever the same word is N0 with the
// same leftmost child.
func bufferChildFeatures(st *state, w *words, labels []uint64, f []uint64) []uint64 {
	n0 := st.front()
	n0l, n0l2 := st.child(st.lc1, n0), st.child(st.lc2, n0)
	N0w, N0p := w.form[at(n0)], w.tag[at(n0)]
	N0lp, N0l2p := w.tag[at(n0l)], w.tag[at(n0l2)]
	var n0vl, n0sl uint64 = noneValue, noneValue
	if n0 != none {
		n0vl, n0sl = small(min(int(st.nl[n0]), maxValency)), fmix(st.lset[n0]^1)
	}
	return append(f,
		k2(54, N0w, n0vl), k2(55, N0p, n0vl),
		k1(69, w.form[at(n0l)]), k1(70, N0lp), k1(71, st.labelOf(n0l, labels)),
		k1(89, w.form[at(n0l2)]), k1(90, N0l2p), k1(91, st.labelOf(n0l2, labels)),
		k3(95, N0p, N0lp, N0l2p),
		k2(104, N0w, n0sl), k2(105, N0p, n0sl),
	)
}

// child returns a[i], one of the child columns of the state, or none.
func (st *state) child(a []int32, i int32) int32 {
	if i == none {
		return none
	}
	return a[i]
}

// pairFeatures appends the features that read S0 and N0 together.
func pairFeatures(st *state, w *words, f []uint64) []uint64 {
	s0, n0, n1 := st.top(), st.front(), st.next(1)
	s0h := st.headOf(s0)
	s0l, s0r := st.child(st.lc1, s0), st.child(st.rc1, s0)
	n0l := st.child(st.lc1, n0)

	S0w, S0p := w.form[at(s0)], w.tag[at(s0)]
	N0w, N0p := w.form[at(n0)], w.tag[at(n0)]
	N1w, N1p := w.form[at(n1)], w.tag[at(n1)]
	S0wp, N0wp := S0w^S0p*3, N0w^N0p*3

	// Pairs.
	f = append(f,
		k2(20, S0wp, N0wp), k2(21, S0wp, N0w), k2(22, S0w, N0wp),
		k2(23, S0wp, N0p), k2(24, S0p, N0wp), k2(25, S0w, N0w),
		k2(26, S0p, N0p),
		k2(28, w.upos[at(s0)], w.upos[at(n0)]), k3(29, w.upos[at(s0)], w.upos[at(n0)], w.upos[at(n1)]),
		k2(19, S0w, N1w),
	)
	// Three words.
	S0hp, S0lp, S0rp, N0lp := w.tag[at(s0h)], w.tag[at(s0l)], w.tag[at(s0r)], w.tag[at(n0l)]
	f = append(f,
		k3(31, S0p, N0p, N1p),
		k3(32, S0hp, S0p, N0p), k3(33, S0p, S0lp, N0p),
		k3(34, S0p, S0rp, N0p), k3(35, S0p, N0p, N0lp),
	)
	// Distance.
	d := noneValue
	if s0 != none && n0 != none {
		dist := int(n0 - s0)
		if s0 == 0 {
			dist = 0
		}
		d = small(min(dist, maxDistance))
	}
	f = append(f,
		k2(40, S0w, d), k2(41, S0p, d), k2(42, N0w, d), k2(43, N0p, d),
		k3(44, S0w, N0w, d), k3(45, S0p, N0p, d),
	)
	// S1 with N0.
	s1 := int32(none)
	if len(st.stack) > 1 {
		s1 = st.stack[len(st.stack)-2]
	}
	S1w, S1p := w.form[at(s1)], w.tag[at(s1)]
	return append(f, k3(123, S1p, S0p, N0p), k2(124, S1w, N0w))
}
