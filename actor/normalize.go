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
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if f, ok := foldRune[r]; ok {
			b.WriteString(f)
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// phonetic maps a folded word to a key that spelling variants of a
// transliterated name share: y and i are one letter, doubled letters are
// single, "kh" is "h", "ph" is "f", "ck" is "k" and "w" is "v". "Zelenskyy", "Zelensky" and "Зеленський" share
// "zelenski"; "Sergei" and "Sergey" share "sergei".
func phonetic(folded string) string {
	s := folded
	for _, p := range [...][2]string{{"y", "i"}, {"kh", "h"}, {"ph", "f"}, {"ck", "k"}, {"w", "v"}} {
		s = strings.ReplaceAll(s, p[0], p[1])
	}
	var b strings.Builder
	var last rune
	for _, r := range s {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// nameWords returns the folded words of a name, joining parts split by
// hyphens: "Kim Jong-un" gives ["kim", "jongun"]. Dots of acronyms are
// dropped ("U.S." gives ["us"]).
func nameWords(s string) []string {
	var out []string
	toks := token.Tokenize(s)
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
