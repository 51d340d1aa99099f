package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations are words that keep their trailing period (data/words.yaml).
// Single capital letters (initials) and dotted acronyms (U.S., U.N.) are
// recognized by shape and need no entry.
var abbreviations = wordList("abbreviations")

// numberAbbreviations are the abbreviations that keep their period only
// before a number (data/words.yaml).
var numberAbbreviations = wordList("number_abbreviations")

// IsAbbreviation reports whether word (without its final period) is a
// known abbreviation that keeps its period.
func IsAbbreviation(word string) bool {
	// every entry is short ASCII: fold case into a stack buffer instead of
	// allocating a lower-cased copy.
	var buf [abbreviationBuffer]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			// rare: some non-ASCII letters fold to ASCII ones (İ → i).
			return abbreviations[strings.ToLower(word)]
		}
		if i >= len(buf) {
			continue // too long for an entry; keep checking for non-ASCII
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if len(word) > len(buf) {
		return false
	}
	return abbreviations[string(buf[:len(word)])]
}

// numberAbbreviation reports whether word (without its period) is an
// abbreviation that keeps its period only before a number: "No. 1",
// "c. 1230", "Op. 46", "p. 5", "Fig. 2"; elsewhere "no." and "c." are
// words ending a sentence.
func numberAbbreviation(word string) bool {
	return numberAbbreviations[strings.ToLower(word)]
}

// numberAfter reports whether text[i:] is a space and a digit.
func numberAfter(text string, i int) bool {
	return i+1 < len(text) && text[i] == ' ' && '0' <= text[i+1] && text[i+1] <= '9'
}

// abbreviationBuffer is the size of the buffer IsAbbreviation folds a
// word's case into: longer words are no abbreviation, and every entry of
// abbreviations fits it (TestListsFitBuffers).
const abbreviationBuffer = 8

// Tokenize splits text into tokens. Words are runs of letters and digits
// that start with a letter, with internal apostrophes kept ("O'Brien")
// but clitics split off as Universal Dependencies does: the possessive or
// verbal "'s", "n't", "'m", "'re", "'ve", "'ll", "'d" ("do" "n't", "ca"
// "n't", "I" "'m") and a few fused forms ("can" "not", "gon" "na").
// Hyphens always separate tokens, so "mid-2024" is three tokens and
// [Adjacent] rejoins them ([Words] applies the UD rules for hyphens); the
// part after a hyphen the wire copy broke by a space is Joined to it
// ("Ki- moon": brokenHyphen).
// Numbers keep internal separators followed by a digit ("10,000", "3.5",
// "14:00"). A period stays on an abbreviation ("Feb.", "Mr.") or a dotted
// acronym ("U.S.", "a.m.").
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5)
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			// ASCII fast path: the common case in news text.
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
				i++
				continue
			case isASCIILetter(c):
				j, apos := scanWord(text, i)
				if k := clitic(text[i:j], apos); k > 0 {
					toks = appendSplit(toks, text, i, i+k, j)
				} else {
					toks = append(toks, Token{Start: i, End: j, Text: text[i:j], Kind: Word, Joined: brokenHyphen(text, toks, i, j)})
				}
				i = j
				continue
			case '0' <= c && c <= '9':
				j := scanNumber(text, i)
				toks = append(toks, Token{Start: i, End: j, Text: text[i:j], Kind: Number, Joined: brokenHyphen(text, toks, i, j)})
				i = j
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsDigit(r):
			j := scanNumber(text, i)
			toks = append(toks, Token{Start: i, End: j, Text: text[i:j], Kind: Number, Joined: brokenHyphen(text, toks, i, j)})
			i = j
		case unicode.IsLetter(r):
			j, apos := scanWord(text, i)
			if k := clitic(text[i:j], apos); k > 0 {
				toks = appendSplit(toks, text, i, i+k, j)
			} else {
				toks = append(toks, Token{Start: i, End: j, Text: text[i:j], Kind: Word, Joined: brokenHyphen(text, toks, i, j)})
			}
			i = j
		case isApostrophe(r) && possessiveAt(text, i+n):
			j := i + n + 1
			toks = append(toks, Token{Start: i, End: j, Text: text[i:j], Kind: Word})
			i = j
		default:
			j := i + n
			// keep runs of the same dash or dot together ("--", "...").
			if r == '-' || r == '.' || r == '—' || r == '–' {
				for j < len(text) {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if r2 != r {
						break
					}
					j += n2
				}
			}
			toks = append(toks, Token{Start: i, End: j, Text: text[i:j], Kind: Punct})
			i = j
		}
	}
	return toks
}

// clitic is cliticCut with its cheap tests first, so that it inlines.
func clitic(w string, apos bool) int {
	if !apos && !mayBeFused(w) {
		return 0
	}
	return cliticCut(w, apos)
}

// appendSplit appends the word text[i:j] as two tokens split at k, a
// host and its clitic ("do" "n't").
func appendSplit(toks []Token, text string, i, k, j int) []Token {
	return append(toks, Token{Start: i, End: k, Text: text[i:k], Kind: Word, Joined: brokenHyphen(text, toks, i, k)},
		Token{Start: k, End: j, Text: text[k:j], Kind: Word})
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func scanNumber(text string, i int) int {
	j := i
	for j < len(text) {
		if c := text[j]; '0' <= c && c <= '9' {
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsDigit(r) {
			j += n
			continue
		}
		if (r == ',' || r == '.' || r == ':') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	// ordinal and unit suffixes glued to digits: 1st, 2nd, 1990s, 5th.
	k := j
	for k < len(text) {
		if isASCIILetter(text[k]) {
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += n
	}
	if k > j && k-j <= 2 {
		var suf [2]byte
		for x := j; x < k; x++ {
			c := text[x]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			suf[x-j] = c
		}
		switch string(suf[:k-j]) {
		case "st", "nd", "rd", "th", "s":
			return k
		}
	}
	return j
}

// scanWord returns the end of the word starting at i, and whether it
// holds an internal apostrophe.
func scanWord(text string, i int) (int, bool) {
	j := i
	apos := false
	for j < len(text) {
		if c := text[j]; isASCIILetter(c) || '0' <= c && c <= '9' {
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += n
			continue
		}
		if isApostrophe(r) && j+n < len(text) {
			// internal apostrophe: don't, O'Brien; but split the possessive 's.
			r2, n2 := utf8.DecodeRuneInString(text[j+n:])
			if unicode.IsLetter(r2) {
				rest := text[j+n:]
				if (r2 == 's' || r2 == 'S') && (len(rest) == n2 || !isWordRune(rest[n2:])) {
					return j, apos
				}
				j += n
				apos = true
				continue
			}
		}
		if r == '.' {
			word := text[i:j]
			// dotted acronym: U.S., U.N., a.m. — a single letter, a period, a letter.
			if j+2 <= len(text) && utf8.RuneCountInString(lastSegment(word)) == 1 {
				r2, _ := utf8.DecodeRuneInString(text[j+1:])
				if unicode.IsLetter(r2) {
					k := j + 1 + utf8.RuneLen(r2)
					if k >= len(text) || text[k] == '.' {
						j = k
						continue
					}
				}
				if strings.Contains(word, ".") {
					return j + 1, apos // final period of U.S.
				}
			}
			if IsAbbreviation(word) || (utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0])) ||
				numberAbbreviation(word) && numberAfter(text, j+1) {
				return j + 1, apos
			}
		}
		break
	}
	return j, apos
}

func lastSegment(word string) string {
	if k := strings.LastIndexByte(word, '.'); k >= 0 {
		return word[k+1:]
	}
	return word
}

func isWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// possessiveAt reports whether text[i:] is the "s" of a possessive "'s".
func possessiveAt(text string, i int) bool {
	return i < len(text) && (text[i] == 's' || text[i] == 'S') && (i+1 == len(text) || !isWordRune(text[i+1:]))
}
