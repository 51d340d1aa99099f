package actor

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/token"
)

// foldRune maps letters with diacritics and Cyrillic letters to plain Latin;
// it is read-only.
var foldRune = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d", 'è': "e", 'é': "e", 'ê': "e", 'ë': "e",
	'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e", 'ğ': "g", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i",
	'ī': "i", 'ı': "i", 'ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n", 'ò': "o", 'ó': "o", 'ô': "o",
	'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'ř': "r", 'ś': "s", 'š': "s", 'ş': "s",
	'ș': "s", 'ß': "ss", 'ť': "t", 'ț': "t", 'ţ': "t", 'ù': "u", 'ú': "u", 'û': "u", 'ü': "u",
	'ū': "u", 'ů': "u", 'ű': "u", 'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z", 'æ': "ae",
	'œ': "oe",
	// Russian and Ukrainian Cyrillic.
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'є': "ye", 'ё': "yo",
	'ж': "zh", 'з': "z", 'и': "i", 'і': "i", 'ї': "yi", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh",
	'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya",
}

// fold lower-cases s, strips diacritics and transliterates Cyrillic; it
// keeps letters and digits only.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			ascii = false
			break
		}
	}
	if ascii {
		return s // already folded: the common lower-case word
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b = append(b, byte(r))
		case r >= 'A' && r <= 'Z':
			b = append(b, byte(r+'a'-'A'))
		case r < 0x80:
		default:
			r = unicode.ToLower(r)
			if f, ok := foldRune[r]; ok {
				b = append(b, f...)
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b = utf8.AppendRune(b, r)
			}
		}
	}
	return string(b)
}

// phonetic maps a folded word to a key that spelling variants of a
// transliterated name share: y and i are one letter, doubled consonants
// and i are single (another doubled vowel tells names apart: "Shaanxi" is
// not "Shanxi"), "kh" is "h", "ph" is "f", "ck" and "q" are "k" and "w" is "v".
// "Zelenskyy", "Zelensky" and "Зеленський" share "zelenski"; "Sergei" and
// "Sergey" share "sergei"; "Rafiq" and "Rafik" (Arabic qaf) "rafik".
func phonetic(folded string) string {
	var buf [64]byte
	b := appendPhonetic(buf[:0], folded)
	if string(b) == folded {
		return folded
	}
	return string(b)
}

// appendPhonetic appends the phonetic key of folded to dst, in one pass.
func appendPhonetic[S string | []byte](dst []byte, folded S) []byte {
	start := len(dst)
	for i := 0; i < len(folded); i++ {
		c := folded[i]
		var next byte
		if i+1 < len(folded) {
			next = folded[i+1]
		}
		if c == 'q' {
			c = 'k' // before the "kh" rule: "Rafiq" and "Rafik" fold alike before any h
		}
		switch {
		case c == 'y':
			c = 'i'
		case c == 'w':
			c = 'v'
		case c == 'k' && next == 'h':
			c = 'h'
			i++
		case c == 'p' && next == 'h':
			c = 'f'
			i++
		case c == 'c' && next == 'k':
			c = 'k'
			i++
		}
		if len(dst) > start && dst[len(dst)-1] == c && c < 0x80 && c != 'a' && c != 'e' && c != 'o' && c != 'u' {
			continue // a doubled consonant: "Muammar", "Muamar"
		}
		dst = append(dst, c)
	}
	return dst
}

// nameWords returns the folded words of a name, joining parts split by
// hyphens: "Kim Jong-un" gives ["kim", "jongun"]. Dots of acronyms are
// dropped ("U.S." gives ["us"]).
func nameWords(s string) []string { return tokenWords(token.Tokenize(s)) }

// tokenWords is nameWords of a name's tokens.
func tokenWords(toks []token.Token) []string {
	var out []string
	for i, t := range toks {
		if t.Kind == token.Punct {
			continue
		}
		f := fold(t.Text)
		if f == "" {
			continue
		}
		if i >= 2 && toks[i-1].Text == "-" && token.Adjacent(toks[i-2], toks[i-1]) && token.Adjacent(toks[i-1], t) && len(out) > 0 {
			out[len(out)-1] += f
			continue
		}
		out = append(out, f)
	}
	return out
}

// nameKey is the lookup key of a name: the phonetic form of its words run
// together, so that "Kim Jong Un", "Kim Jong-un" and "KIM JONG UN" share it.
func nameKey(s string) string { return phonetic(strings.Join(nameWords(s), "")) }

// wordKeys returns the phonetic keys of the words of a name.
func wordKeys(s string) []string {
	w := nameWords(s)
	for i := range w {
		w[i] = phonetic(w[i])
	}
	return w
}

// slug makes the id part of a name: folded words joined by '-'.
func slug(s string) string {
	var parts []string
	for _, t := range token.Tokenize(s) {
		if f := fold(t.Text); f != "" {
			parts = append(parts, f)
		}
	}
	return strings.Join(parts, "-")
}

// isCapitalized reports whether w starts with an upper-case letter.
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether every letter of w is upper case and w has at
// least two letters ("UN", "U.S.", "KCNA").
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func sortStrings(s []string) { sort.Strings(s) }

// generational holds the word keys of the numerals and suffixes that may
// follow a family name ("III", "XVI", "Jr."); read-only.
var generational = wordList("generational")

// surname returns the last word key of a name's word keys w that is not a
// numeral or generational suffix: "baker" of "James A. Baker III".
func surname(w []string) string {
	for i := len(w) - 1; i > 0; i-- {
		if !generational[w[i]] {
			return w[i]
		}
	}
	return w[0]
}
