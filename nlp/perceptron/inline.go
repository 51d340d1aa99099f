package perceptron

// The inline layout keeps each row inside its slot of the index, so that
// scoring a feature reads one cache line where the sparse layout (table
// and ents) reads two: the slot, then the row. It serves the models with
// at most inlineMaxClasses classes (the parser's transitions): wider rows
// are mostly empty, and adding every class of a dense row costs more than
// the second read saves.
//
// A slot is 16 bytes: a 16-bit fingerprint of the key (its top bits; 0
// marks an empty slot) and one byte per class, the weight's code on a
// logarithmic scale (see codeTable), exact to about inlineRatio-1
// relatively. The slot's index comes from the key's low bits, so index and
// fingerprint together tell keys apart by 16+log₂(slots) bits of hash
// (36 for a million slots): a feature the model does not have borrows
// another's row about once in 65,536 probes, and the key filter in front
// of the index (see filter.go) lets a few in a hundred such features
// probe, a noise far below the model's own errors.

// inlineMaxClasses is the most classes whose codes and fingerprint fit in
// a 16-byte slot, four to a cache line.
const inlineMaxClasses = 14

// score is written out for fourteen classes: this fails to compile
// otherwise.
const _ = uint(inlineMaxClasses-14) + uint(14-inlineMaxClasses)

// inlineRatio is the ratio between consecutive levels of the weight
// scale: 1+1/16, exact in binary floating point so that the levels are the
// same on every machine. 127 levels then span a ratio of about 2,000
// below the largest weight; smaller weights score 0.
const inlineRatio = 1.0625

// inlineSlot is one slot of an inline index.
type inlineSlot struct {
	fp    uint16
	codes [inlineMaxClasses]int8
}

// inlineTable is the inline index of a model.
type inlineTable struct {
	slots   []inlineSlot
	filter  *filter // the keys of slots
	mask    uint64
	classes int
	levels  [256]int32 // weight of each code, indexed by the code's byte
}

// fingerprint is the part of key a slot keeps; never 0.
func fingerprint(key uint64) uint16 {
	if fp := uint16(key >> 48); fp != 0 {
		return fp
	}
	return 1
}

// newInlineTable indexes the rows of m, which has at most
// inlineMaxClasses classes, in a power-of-two table at most half full.
func newInlineTable(m *Model) *inlineTable {
	t := &inlineTable{classes: len(m.Classes)}
	var maxAbs int32
	for _, e := range m.ents {
		maxAbs = max(maxAbs, abs32(int32(e.wt)))
	}
	t.setLevels(maxAbs)
	codes := t.codeTable(maxAbs)
	n := 1
	for n < 2*len(m.keys) {
		n <<= 1
	}
	t.mask = uint64(n - 1)
	t.slots = make([]inlineSlot, n)
	t.filter = newFilter(len(m.keys))
	for i, k := range m.keys {
		e := inlineSlot{fp: fingerprint(k)}
		used := false
		for _, x := range m.ents[m.start[i]:m.start[i+1]] {
			c := codes[abs32(int32(x.wt))]
			if x.wt < 0 {
				c = -c
			}
			if c != 0 {
				e.codes[x.cls], used = c, true
			}
		}
		if !used {
			continue
		}
		s := k & t.mask
		for t.slots[s].fp != 0 {
			s = (s + 1) & t.mask
		}
		t.slots[s] = e
		t.filter.add(k)
	}
	return t
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}

// setLevels fills the scale: code k (1..127) weighs maxAbs/inlineRatio^(127-k),
// rounded, and code -k the opposite.
func (t *inlineTable) setLevels(maxAbs int32) {
	v := float64(maxAbs)
	for k := 127; k >= 1; k-- {
		w := int32(v + 0.5)
		t.levels[k], t.levels[256-k] = w, -w
		v /= inlineRatio
	}
}

// codeTable returns the code of every weight magnitude 0..maxAbs, by one
// walk up the levels: the level nearest to it in ratio (levels k and k+1
// meet at their geometric mean), 0 for a magnitude nearer 0 than half the
// lowest level. A negative weight takes the opposite code.
func (t *inlineTable) codeTable(maxAbs int32) []int8 {
	out := make([]int8, maxAbs+1)
	k := 1
	for a := range out {
		if 2*int64(a) < int64(t.levels[1]) {
			continue
		}
		for k < 127 && int64(a)*int64(a) > int64(t.levels[k])*int64(t.levels[k+1]) {
			k++
		}
		out[a] = int8(k)
	}
	return out
}

// inlineBatch is how many features score filters at once, and the most
// slots it then loads ahead: their loads do not depend on each other, so
// the processor overlaps their cache misses, where probing one feature
// after another would wait for each in turn.
const inlineBatch = 64

// score adds the weights of feats to scores.
func (t *inlineTable) score(feats []uint64, scores []int32) {
	ends, parts := [1]int{len(feats)}, [1][]int32{scores}
	t.scoreParts(feats, ends[:], parts[:])
}

// scoreParts adds the weights of each part k of feats, feats[ends[k-1]:ends[k]]
// (from 0 for the first; the last end is len(feats)), to scores[k]; there
// are at most MaxParts parts.
func (t *inlineTable) scoreParts(feats []uint64, ends []int, scores [][]int32) {
	slots := t.slots
	var (
		sum   [MaxParts][inlineMaxClasses]int32
		word  [inlineBatch]uint64 // the filter word of feature k
		keep  [inlineBatch]uint64 // the features the filter passes
		part  [inlineBatch]uint8  // the part of keep[k]
		first [inlineBatch]uint16 // the fingerprint of slot keep[k] & mask
	)
	p := 0 // the part of the next feature
	for base := 0; base < len(feats); base += inlineBatch {
		b := feats[base:min(len(feats), base+inlineBatch)]
		n := t.filter.passParts(b, base, ends, &p, word[:len(b)], keep[:], part[:])
		for k, f := range keep[:n] {
			first[k] = slots[f&t.mask].fp
		}
		for k, f := range keep[:n] {
			fp, s, got := fingerprint(f), f&t.mask, first[k]
			for got != 0 {
				if got == fp {
					// the fourteen classes written out: a loop spent
					// about as long on its counter as on the additions
					c, l, sum := &slots[s].codes, &t.levels, &sum[part[k]]
					sum[0] += l[uint8(c[0])]
					sum[1] += l[uint8(c[1])]
					sum[2] += l[uint8(c[2])]
					sum[3] += l[uint8(c[3])]
					sum[4] += l[uint8(c[4])]
					sum[5] += l[uint8(c[5])]
					sum[6] += l[uint8(c[6])]
					sum[7] += l[uint8(c[7])]
					sum[8] += l[uint8(c[8])]
					sum[9] += l[uint8(c[9])]
					sum[10] += l[uint8(c[10])]
					sum[11] += l[uint8(c[11])]
					sum[12] += l[uint8(c[12])]
					sum[13] += l[uint8(c[13])]
					break
				}
				s = (s + 1) & t.mask
				got = slots[s].fp
			}
		}
	}
	for k := range ends {
		for c := range scores[k][:t.classes] {
			scores[k][c] += sum[k][c]
		}
	}
}
