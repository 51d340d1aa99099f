package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MendHyphens joins the parts of a hyphenated word that wire copy broke
// with a space after the hyphen ("Roh Moo- hyun", "Asia- Pacific",
// "Hanoi- based"): the space moves before the word ("Roh  Moo-hyun"), so
// the text keeps its length and every offset outside the word. Every
// reader of the text then sees one hyphenated word, as the name rules of
// token and actor expect ("Kim Jong-un", not "Kim Jong").
//
// A part is a run of letters; the first must follow a space or start the
// text, and the second must not be a word that follows a hyphen left open
// on purpose or a dash ("pre- and post-war", "rebels- who fled":
// openHyphenWords).
func MendHyphens(text string) string {
	if !strings.Contains(text, "- ") {
		return text
	}
	var b []byte // the mended text, made on the first mend
	for i := 0; i+2 < len(text); i++ {
		if text[i] != '-' || text[i+1] != ' ' {
			continue
		}
		s := letterRunStart(text, i)
		if s == i || s > 0 && !isSpace(text[s-1]) {
			continue
		}
		e := letterRunEnd(text, i+2)
		if e == i+2 || openHyphenWords[strings.ToLower(text[i+2:e])] {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		b[s] = ' '
		copy(b[s+1:i+1], text[s:i])
		b[i+1] = '-'
		i = e - 1 // the second part is no first part of another mend
	}
	if b == nil {
		return text
	}
	return string(b)
}

// letterRunStart returns the start of the run of letters that ends at i.
func letterRunStart(text string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return i
}

// letterRunEnd returns the end of the run of letters that starts at i.
func letterRunEnd(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return i
}

// isSpace reports whether c is an ASCII space, tab or line break.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
