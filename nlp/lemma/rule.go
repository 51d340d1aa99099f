package lemma

import "strings"

// Casings: what a rule edits, made of the word.
const (
	lowered   = iota // the word lowercased
	asWritten        // the word as written (proper nouns: Paris)
	nCasings
)

// rule is an edit that turns a word into its lemma: remove the ending
// strip from the word in the rule's casing, and append add.
type rule struct {
	casing     int
	strip, add string
}

// source returns the string the rule edits: w in the rule's casing.
func (r rule) source(w string) string {
	if r.casing == asWritten {
		return w
	}
	return lowerOf(w)
}

// apply returns the lemma r makes of w, and whether r applies to it (w
// ends with r.strip).
func (r rule) apply(w string) (string, bool) {
	src := r.source(w)
	if !strings.HasSuffix(src, r.strip) {
		return "", false
	}
	return src[:len(src)-len(r.strip)] + r.add, true
}

// ruleOf returns the rule that turns form into lemma, in the casing that
// keeps most of the form (lowered on a tie).
func ruleOf(form, lemma string) rule {
	best, bestLen := lowered, -1
	for c := range nCasings {
		if n := commonPrefix(rule{casing: c}.source(form), lemma); n > bestLen {
			best, bestLen = c, n
		}
	}
	src := rule{casing: best}.source(form)
	return rule{casing: best, strip: src[bestLen:], add: lemma[bestLen:]}
}

// lowerOf returns s lowercased, without allocating when it has no
// capital.
func lowerOf(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// commonPrefix returns the length in bytes of the longest common prefix
// of a and b, ending on a character boundary of a.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && n < len(a) && a[n]&0xC0 == 0x80 {
		n--
	}
	return n
}

// key returns the string form of r used to count it.
func (r rule) key() string {
	return string(rune('0'+r.casing)) + "\x00" + r.strip + "\x00" + r.add
}
