package token

// clitics are the contracted auxiliaries and negation that UD English
// splits off the word before them ("I'm" → "I" "'m", "don't" → "do"
// "n't"); "'s" is split by [Tokenize] already.
var clitics = []string{"n't", "n’t", "'m", "’m", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d"}

// fusedCut returns the length of the first word of a contraction
// written as one word ("gonna" = "gon" + "na", "cannot" = "can" + "not",
// "dont" = "do" + "nt"), or 0; w passed [mayBeFused]. "im" and "ive" count only in lower case,
// for their capitalized forms are names ("Im Jong-seok", "Jony Ive").
func fusedCut(w string) int {
	n := len(w)
	switch w {
	case "im", "ive":
		return 1
	}
	var buf [maxFused]byte
	for i := 0; i < n; i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:n]) {
	case "dont", "cant", "wont", "isnt", "aint":
		return 2
	case "gonna", "wanna", "gotta", "cannot", "didnt", "arent", "wasnt", "hasnt", "hadnt", "youre", "youll", "youve":
		return 3
	case "doesnt", "werent", "havent", "theyre", "thats", "whats":
		return 4
	case "couldnt", "wouldnt", "theres":
		return 5
	case "shouldnt":
		return 6
	}
	return 0
}

// mayBeFused reports, from its length and last two letters, whether w
// may be a contraction of fusedCut: a cheap test made on every word.
func mayBeFused(w string) bool {
	n := len(w)
	if n < 2 || n > maxFused {
		return false
	}
	switch uint16(w[n-2]|0x20)<<8 | uint16(w[n-1]|0x20) {
	case 'n'<<8 | 'a', 't'<<8 | 'a', 'o'<<8 | 't', 'n'<<8 | 't', 'r'<<8 | 'e',
		'v'<<8 | 'e', 'l'<<8 | 'l', 't'<<8 | 's', 'e'<<8 | 's', 'i'<<8 | 'm':
		return true
	}
	return false
}

// maxFused is the length of the longest contraction of fusedCut.
const maxFused = 8

// cliticCut returns where the word w splits into a host and a clitic, or
// 0 when it does not: 2 for "don't" and "dont", 1 for "I'm", 3 for
// "cannot". apos reports whether w holds an apostrophe (see scanWord).
func cliticCut(w string, apos bool) int {
	if !apos {
		return fusedCut(w)
	}
	for _, c := range clitics {
		if len(w) > len(c) && hasSuffixFold(w, c) {
			return len(w) - len(c)
		}
	}
	return 0
}

// hasSuffixFold reports whether w ends with the lower-case suffix s,
// ignoring the case of ASCII letters.
func hasSuffixFold(w, s string) bool {
	if len(w) < len(s) {
		return false
	}
	w = w[len(w)-len(s):]
	for i := 0; i < len(s); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}
