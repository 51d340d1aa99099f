package perceptron

// The inline layout keeps each row inside its slot of the index, so that
// scoring a feature reads one cache line where the sparse layout (table
// and ents) reads two: the slot, then the row. It serves the models with
// at most inlineMaxClasses classes (the parser's transitions): wider rows
// are mostly empty, and adding every class of a dense row costs more than
// the second read saves.
//
// A slot is a 32-bit fingerprint of the key (its high half; 0 marks an
// empty slot) and one byte per class: the weight's code on a logarithmic
// scale (see quantize), exact to about inlineRatio-1 relatively. The slot
// index comes from the key's low bits, so fingerprint and index together
// tell keys apart as well as 32+log₂(slots) bits of hash do.

// inlineMaxClasses is the most classes whose codes and fingerprint fit in
// a 16-byte slot, four to a cache line.
const inlineMaxClasses = 12

// inlineRatio is the ratio between consecutive levels of the weight
// scale: 1+1/16, exact in binary floating point so that the levels are the
// same on every machine. 127 levels then span a ratio of about 2,000
// below the largest weight; smaller weights score 0.
const inlineRatio = 1.0625

// inlineTable is the inline index of a model.
type inlineTable struct {
	words   []uint32 // slots of stride words: fingerprint, then codes, 4 to a word
	stride  int
	mask    uint64
	classes int
	levels  [256]int32 // weight of each code, indexed by the code's byte
}

// fingerprint is the part of key a slot keeps; never 0.
func fingerprint(key uint64) uint32 {
	if fp := uint32(key >> 32); fp != 0 {
		return fp
	}
	return 1
}

// newInlineTable indexes the rows of m, which has at most
// inlineMaxClasses classes, in a power-of-two table at most half full.
func newInlineTable(m *Model) *inlineTable {
	t := &inlineTable{classes: len(m.Classes)}
	t.stride = 1 + (inlineMaxClasses+3)/4 // words
	var maxAbs int32
	for _, e := range m.ents {
		maxAbs = max(maxAbs, abs32(int32(e.wt)))
	}
	t.setLevels(maxAbs)
	n := 1
	for n < 2*len(m.keys) {
		n <<= 1
	}
	t.mask = uint64(n - 1)
	t.words = make([]uint32, n*t.stride)
	for i, k := range m.keys {
		var row [inlineMaxClasses]byte
		used := false
		for _, e := range m.ents[m.start[i]:m.start[i+1]] {
			if c := t.quantize(int32(e.wt)); c != 0 {
				row[e.cls], used = byte(c), true
			}
		}
		if !used {
			continue
		}
		s := int(k&t.mask) * t.stride
		for t.words[s] != 0 {
			s = (s + t.stride) % len(t.words)
		}
		t.words[s] = fingerprint(k)
		for c := 0; c < inlineMaxClasses; c += 4 {
			t.words[s+1+c/4] = uint32(row[c]) | uint32(row[c+1])<<8 | uint32(row[c+2])<<16 | uint32(row[c+3])<<24
		}
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

// quantize returns the code of weight w: the level nearest to it in ratio,
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
	k := lo
	if w < 0 {
		return int8(-k)
	}
	return int8(k)
}

// inlineBatch is how many slots score loads ahead: their loads do not
// depend on each other, so the processor overlaps their cache misses,
// where probing one feature after another would wait for each in turn.
const inlineBatch = 16

// score adds the weights of feats to scores.
func (t *inlineTable) score(feats []uint64, scores []int32) {
	words, stride := t.words, t.stride
	scores = scores[:t.classes]
	var (
		at    [inlineBatch]int
		first [inlineBatch]uint32 // the fingerprint word of slot at[k]
	)
	for len(feats) > 0 {
		b := feats[:min(len(feats), inlineBatch)]
		feats = feats[len(b):]
		for k, f := range b {
			at[k] = int(f&t.mask) * stride
			first[k] = words[at[k]]
		}
		for k, f := range b {
			fp, s, w0 := fingerprint(f), at[k], first[k]
			for {
				if w0 == fp {
					t.add(words[s+1:s+stride], scores)
					break
				}
				if w0 == 0 {
					break
				}
				if s += stride; s == len(words) {
					s = 0
				}
				w0 = words[s]
			}
		}
	}
}

// add adds the weights of a row's codes to scores.
func (t *inlineTable) add(row []uint32, scores []int32) {
	for i, x := range row {
		if x == 0 {
			continue
		}
		c := 4 * i
		if c+4 <= len(scores) {
			s := scores[c : c+4 : c+4]
			s[0] += t.levels[byte(x)]
			s[1] += t.levels[byte(x>>8)]
			s[2] += t.levels[byte(x>>16)]
			s[3] += t.levels[byte(x>>24)]
			continue
		}
		for j := 0; c+j < len(scores); j++ {
			scores[c+j] += t.levels[byte(x>>(8*j))]
		}
	}
}
