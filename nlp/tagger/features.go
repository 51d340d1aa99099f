package tagger

// Feature templates. Each is mixed into a key with the values it reads;
// the word-only templates also mix in the window offset of the word they
// read, so that one template serves the five positions.
const (
	tBias = iota + 1
	tForm
	tLower
	tPrefix
	tSuffix
	tShape
	tCase
	tDigit
	tHyphen
	tAmb
	tPrev
	tPrev2
	tPrevPrev2
	tPrevSuffix
	tPrevNextAmb
	tBigramLeft
	tBigramRight
	tSentCase
	tLowerAmb
)

// Window sizes of the word-only features.
const (
	window      = 2 // words read on either side of the tagged one (the scoring in sum is written for 2)
	span        = 2*window + 1
	maxAffix    = 4 // prefixes and suffixes of 1..maxAffix bytes of the word itself
	nearSuffix  = 3 // suffix length read from the neighbouring words
	maxShapeLen = 8 // shape characters kept (after collapsing runs)
)

// Padding words stand for the positions before the first word and after
// the last one. They cannot clash with a real form, which has no NUL.
const (
	startWord = "\x00<s>"
	endWord   = "\x00</s>"
)

// Case classes of a word.
const (
	caseNone  = iota // no letters
	caseLower        // all lowercase
	caseTitle        // one capital then lowercase
	caseUpper        // all capitals (at least two letters)
	caseMixed        // anything else (iPhone, McDonald)
	nCases
)

// FNV-1a constants, for the hashes of words and their parts.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnvLower mixes byte c, lowercased if an ASCII capital, into h.
func fnvLower(h uint64, c byte) uint64 {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return (h ^ uint64(c)) * fnvPrime
}

// word64 hashes a word (FNV-1a), lowercasing ASCII when lower is set.
func word64(s string, lower bool) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lower && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// shape64 hashes the shape of s: capitals as X, lowercase as x, digits as
// d, other ASCII bytes as themselves and non-ASCII bytes as u, with runs
// of one character collapsed and at most maxShapeLen characters kept.
func shape64(s string) uint64 {
	h := uint64(fnvOffset)
	var last byte
	n := 0
	for i := 0; i < len(s) && n < maxShapeLen; i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c = 'X'
		case 'a' <= c && c <= 'z':
			c = 'x'
		case '0' <= c && c <= '9':
			c = 'd'
		case c >= 0x80:
			c = 'u'
		}
		if c == last {
			continue
		}
		last = c
		n++
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// caseOf returns the case class of s (ASCII letters only).
func caseOf(s string) int {
	upper, lower, firstUpper := 0, 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			if upper+lower == 0 {
				firstUpper = true
			}
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		}
	}
	switch {
	case upper+lower == 0:
		return caseNone
	case upper == 0:
		return caseLower
	case lower == 0 && upper > 1:
		return caseUpper
	case upper == 1 && firstUpper:
		return caseTitle
	}
	return caseMixed
}

// flags returns whether s has a digit and whether it has a hyphen.
func flags(s string) (digit, hyphen bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digit = true
		case c == '-':
			hyphen = true
		}
	}
	return digit, hyphen
}

// key is the feature key of template t at window offset o with value v:
// v offset by a constant of the template and the offset, then mixed (the
// finalizer of SplitMix64) so that keys spread over the whole table.
func key(t, o int, v uint64) uint64 {
	x := v + uint64(t<<8|(o+window))*0x9E3779B97F4A7C15
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// affixes returns the hashes of the lowercased prefixes and suffixes of w
// of 1..maxAffix bytes (those of the whole word too); suffixes are hashed
// from the end, so that each extends the shorter one.
func affixes(w string) (pre, suf [maxAffix]uint64) {
	p, q := uint64(fnvOffset), uint64(fnvOffset)
	for k := 0; k < maxAffix && k < len(w); k++ {
		p = fnvLower(p, w[k])
		q = fnvLower(q, w[len(w)-1-k])
		pre[k], suf[k] = p, q
	}
	return pre, suf
}

// nearSuffix64 returns the hash of w's ending read at the neighbours and
// with the previous tag, 0 when w is not longer than it.
func nearSuffix64(w string) uint64 {
	if len(w) <= nearSuffix {
		return 0
	}
	q := uint64(fnvOffset)
	for k := 0; k < nearSuffix; k++ {
		q = fnvLower(q, w[len(w)-1-k])
	}
	return q
}

// wordFeats appends the keys of the word-only features of w, seen at
// window offset o (-window..window) from the word being tagged. amb is
// the hash of w's ambiguity class, 0 when it has none; lowAmb that of
// its lowercase form when w has capitals (see lowerAmbOf).
func wordFeats(dst []uint64, w string, amb, lowAmb uint64, o int) []uint64 {
	dst = append(dst, key(tLower, o, word64(w, true)))
	if amb != 0 {
		dst = append(dst, key(tAmb, o, amb))
	}
	if lowAmb != 0 {
		dst = append(dst, key(tLowerAmb, o, lowAmb))
	}
	if o < -1 || o > 1 {
		return dst
	}
	if o != 0 {
		if s := nearSuffix64(w); s != 0 {
			dst = append(dst, key(tSuffix, o, s))
		}
	}
	dst = append(dst, key(tCase, o, uint64(caseOf(w))))
	if o != 0 {
		return dst
	}
	dst = append(dst, key(tBias, 0, 0), key(tForm, 0, word64(w, false)), key(tShape, 0, shape64(w)))
	pre, suf := affixes(w)
	for k := 1; k <= maxAffix && k < len(w); k++ {
		dst = append(dst,
			key(tPrefix, 0, uint64(k)<<56^pre[k-1]),
			key(tSuffix, 0, uint64(k)<<56^suf[k-1]))
	}
	digit, hyphen := flags(w)
	if digit {
		dst = append(dst, key(tDigit, 0, 0))
	}
	if hyphen {
		dst = append(dst, key(tHyphen, 0, 0))
	}
	return dst
}

// prevKey, prev2Key and prevPrev2Key are the keys of the tag-history
// features that are kept as dense tables; the others are looked up per
// token.
func prevKey(t int) uint64           { return key(tPrev, 0, uint64(t)) }
func prev2Key(t int) uint64          { return key(tPrev2, 0, uint64(t)) }
func prevPrev2Key(p1, p2 int) uint64 { return key(tPrevPrev2, 0, uint64(p1)<<16|uint64(p2)) }

// historyFeats appends the keys of the features that are looked up per
// token: those of the previous tag with the word's ending or the next
// word's ambiguity class, and those of the word with a neighbour.
func historyFeats(dst []uint64, p1 int, c *ctx) []uint64 {
	return append(dst,
		key(tPrevSuffix, 0, uint64(p1)<<48^c.suffix),
		key(tPrevNextAmb, 0, uint64(p1)<<48^c.nextAmb),
		key(tBigramLeft, 0, c.prevLower*31^c.lower),
		key(tBigramRight, 0, c.lower*31^c.nextLower))
}

// ctx is what historyFeats reads of a word and its neighbours.
type ctx struct {
	lower, suffix, amb, nextAmb, prevLower, nextLower uint64
	sentCase                                          int // the sentence's case class, the word's, whether it is first: < nSentKeys
}

// Case classes of a sentence.
const (
	sentNormal   = iota
	sentNoLower  // no word has a lowercase letter (all capitals)
	sentNoUpper  // no word has a capital
	sentHeadline // most words start with a capital
	nSentCases
)

// nSentKeys is the number of values of ctx.sentCase.
const nSentKeys = nSentCases * nCases * 2

// sentCaseKey is the key of the feature of the sentence's case class, the
// word's and whether it is first (ctx.sentCase); it is kept as a dense
// table.
func sentCaseKey(v int) uint64 { return key(tSentCase, 0, uint64(v)) }

// caseCounts counts the words of a sentence by case class.
type caseCounts [nCases]int

// class returns the case class of a sentence with counts n.
func (n *caseCounts) class() int {
	words := n[caseLower] + n[caseTitle] + n[caseUpper] + n[caseMixed]
	switch {
	case words == 0:
		return sentNormal
	case n[caseLower] == 0 && n[caseUpper] > 0:
		return sentNoLower
	case n[caseLower] == words:
		return sentNoUpper
	case 2*(n[caseTitle]+n[caseUpper]) > words:
		return sentHeadline
	}
	return sentNormal
}

// appendCtx appends to dst the ctx of each of the n words word(i), whose
// ambiguity classes are amb(i).
func appendCtx(dst []ctx, n int, word func(int) string, amb func(int) uint64) []ctx {
	base := len(dst)
	startLower, endLower := word64(startWord, true), word64(endWord, true)
	var counts caseCounts
	for i := 0; i < n; i++ {
		w := word(i)
		c := ctx{lower: word64(w, true), suffix: nearSuffix64(w), amb: amb(i), prevLower: startLower, nextLower: endLower}
		wc := caseOf(w)
		counts[wc]++
		c.sentCase = wc * 2 // the sentence's class is added below
		if i == 0 {
			c.sentCase++
		}
		if i > 0 {
			c.prevLower = dst[base+i-1].lower
			dst[base+i-1].nextLower = c.lower
			dst[base+i-1].nextAmb = c.amb
		}
		dst = append(dst, c)
	}
	sc := counts.class()
	for i := base; i < len(dst); i++ {
		dst[i].sentCase += sc * nCases * 2
	}
	return dst
}

// lowerAmbs returns the ambiguity classes of the lowercase dictionary
// words, by word64(w, true).
func lowerAmbs(entries []entry) map[uint64]uint64 {
	out := make(map[uint64]uint64)
	for _, e := range entries {
		if caseOf(e.form) == caseLower {
			out[word64(e.form, false)] = e.amb
		}
	}
	return out
}

// lowerAmbOf returns the ambiguity class of w lowercased when w has
// capitals (how "Apple" is used when written "apple"), else 0.
func lowerAmbOf(lowerAmb map[uint64]uint64, w string) uint64 {
	switch caseOf(w) {
	case caseLower, caseNone:
		return 0
	}
	return lowerAmb[word64(w, true)]
}
