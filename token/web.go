package token

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// webSchemes open a URL that is one word whatever follows
// (data/words.yaml), sorted.
var webSchemes = slices.Sorted(maps.Keys(wordList("web_schemes")))

// webSuffixes are the file extensions and top-level domains that make
// "name.ext" one word ("report.doc", "Newsfeeds.com"; data/words.yaml).
var webSuffixes = wordList("web_suffixes")

// webSuffixBuffer is the size of the buffer isWeb folds a suffix's case
// into: a longer suffix is none, and every entry of webSuffixes fits it
// (TestListsFitBuffers).
const webSuffixBuffer = 8

// webEnd returns the end j of the tokens toks[i:j] that make a URL, an
// e-mail address or a file or host name starting at toks[i], or i+1.
// skip is the end of the last run of text found not to be one: tokens
// starting before it are not checked again, which keeps Words linear.
func webEnd(text string, toks []Token, i int, skip *int) int {
	t := toks[i]
	if t.Start < *skip || t.End >= len(text) || !strings.ContainsRune(".:@_", rune(text[t.End])) {
		return i + 1
	}
	end := runEnd(text, t.Start)
	if !isWeb(text[t.Start:end]) {
		*skip = end
		return i + 1
	}
	j := i + 1
	for j < len(toks) && toks[j].Start < end {
		j++
	}
	return j
}

// runEnd returns the end of the run of URL characters starting at i,
// without trailing punctuation.
func runEnd(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			j += n
			continue
		}
		if c <= ' ' || strings.IndexByte(`<>"'()[]{}|\`+"`", c) >= 0 {
			break
		}
		j++
	}
	for j > i && strings.IndexByte(".,;:!?-", text[j-1]) >= 0 {
		j--
	}
	return j
}

// isWeb reports whether s is a URL, an e-mail address or a file or host
// name.
func isWeb(s string) bool {
	for _, p := range webSchemes {
		if len(s) > len(p) && hasPrefixFold(s, p) {
			return true
		}
	}
	if at := strings.IndexByte(s, '@'); at > 0 {
		return at+1 < len(s) && isNameRune(s[at+1:]) && strings.IndexByte(s[at+1:], '@') < 0 && namePart(s[:at])
	}
	dot := strings.LastIndexByte(s, '.')
	if dot <= 1 || dot+1 >= len(s) || len(s)-dot-1 > webSuffixBuffer || !namePart(s[:dot]) {
		return false
	}
	var buf [webSuffixBuffer]byte
	suffix := buf[:copy(buf[:], s[dot+1:])]
	lowerASCII(suffix)
	return webSuffixes[string(suffix)]
}

// namePart reports whether s is made of letters, digits and . _ - + only,
// as the local part of an address or a host or file name.
func namePart(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("._-+", r) {
			return false
		}
	}
	return s != ""
}

func isNameRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func hasPrefixFold(s, p string) bool {
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}
