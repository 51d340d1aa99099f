package perceptron

// Hash builds a feature key in the manner of FNV-1a over a template number
// and the values the template reads (strings byte by byte, numbers a word
// at a time). It is a value type, so building a key allocates
// nothing: perceptron.New(3).Str(word).Str(tag).Key().
type Hash uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// New starts the key of template t.
func New(t uint32) Hash { return Hash((fnvOffset ^ uint64(t)) * fnvPrime) }

// Str mixes in a string, followed by a separator so that ("ab","c") and
// ("a","bc") differ.
func (h Hash) Str(s string) Hash {
	for i := 0; i < len(s); i++ {
		h ^= Hash(s[i])
		h *= fnvPrime
	}
	h ^= 0xff
	h *= fnvPrime
	return h
}

// Int mixes in an integer, all 64 bits in one step (FNV mixes a byte
// at a time; a word at a time is 8 times fewer multiplications, and Key's
// final mix spreads the bits).
func (h Hash) Int(n int) Hash { return Hash((uint64(h) ^ uint64(n)) * fnvPrime) }

// Key returns the finished key, with a final mix so that keys differing in
// their last byte spread over the whole table.
func (h Hash) Key() uint64 {
	x := uint64(h)
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}
