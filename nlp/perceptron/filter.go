package perceptron

// Most features a model is asked about are not in it (about three in
// four when the language core reads news: rare words, rare pairs), and
// finding that out in the index costs a cache miss as dear as finding a
// row. A filter answers "surely absent" for most of those from a table
// thirty to sixty times smaller than the index, which the processor's
// caches hold: a blocked Bloom filter (Putze, Sanders and Singler 2007),
// one 64-bit word per key with three bits set in it. It never answers
// "absent" for a key the index holds.

// filterBitsPerKey is the least number of filter bits per indexed key;
// the words are rounded up to a power of two (8 to 16 bits a key): a few
// absent keys in a hundred pass.
const filterBitsPerKey = 8

// filterShift is where the bits that choose a key's word start: above the
// bits that choose its slot in an index (at most 2^24 slots), so that
// keys sharing a slot's neighbourhood do not share a word too.
const filterShift = 24

// filter is a blocked Bloom filter over the keys of a model's index.
type filter struct {
	words []uint64
	mask  uint64
}

// newFilter returns an empty filter sized for n keys.
func newFilter(n int) *filter {
	w := 1
	for w*64 < n*filterBitsPerKey {
		w <<= 1
	}
	return &filter{words: make([]uint64, w), mask: uint64(w - 1)}
}

// filterBits returns the three bits key sets in its word, picked by
// three 6-bit fields of the key's top bits.
func filterBits(key uint64) uint64 {
	return 1<<(key>>58) | 1<<(key>>52&63) | 1<<(key>>46&63)
}

// word returns the index of key's word.
func (f *filter) word(key uint64) uint64 { return key >> filterShift & f.mask }

// passParts writes to keep, in order, the keys of b the filter may hold
// and returns how many; word, as long as b, is scratch for their filter
// words, loaded in a loop of their own so that the loads overlap. b is a
// batch of a scoring by parts (Model.ScoreParts) starting at its feature
// base: part gets the part of each key kept, found from *p on (parts end
// at ends), and *p is left at the part of b's last key.
func (f *filter) passParts(b []uint64, base int, ends []int, p *int, word, keep []uint64, part []uint8) int {
	for k, key := range b {
		word[k] = f.words[f.word(key)]
	}
	n, q := 0, *p
	for k, key := range b {
		for base+k >= ends[q] {
			q++
		}
		keep[n], part[n] = key, uint8(q)
		if bits := filterBits(key); word[k]&bits == bits {
			n++
		}
	}
	*p = q
	return n
}

// add records key.
func (f *filter) add(key uint64) { f.words[f.word(key)] |= filterBits(key) }
