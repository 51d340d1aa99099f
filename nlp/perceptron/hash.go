package perceptron

// Hash builds a feature key by FNV-1a over a template number and the values
// the template reads. It is a value type, so building a key allocates
// nothing: perceptron.New(3).Str(word).Str(tag).Key().
type Hash uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// New starts the key of template t.
func New(t uint32) Hash {
	h := Hash(fnvOffset)
	for i := 0; i < 4; i++ {
		h ^= Hash(byte(t >> (8 * i)))
		h *= fnvPrime
	}
	return h
}

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

// Int mixes in an integer.
func (h Hash) Int(n int) Hash {
	u := uint64(n)
	for i := 0; i < 8; i++ {
		h ^= Hash(byte(u >> (8 * i)))
		h *= fnvPrime
	}
	return h
}

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
