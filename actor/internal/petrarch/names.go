package petrarch

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Namer turns a dictionary phrase ("VLADIMIR_V._PUTIN_") into a readable
// name ("Vladimir V. Putin"). Its word lists come from the caller (the
// converter takes them from the project's data); a Namer is read-only once
// made.
type Namer struct {
	// Lower are written in lower case inside a name: "of", "bin", "and".
	Lower map[string]bool // keys in lower case
	// Acronyms are words kept in capitals though they have vowels:
	// "NATO", "UNICEF". Keys in capitals, without dots.
	Acronyms map[string]bool
	// Spellings are words the project spells its way: "LTD" gives "Ltd",
	// "PLC" stays "PLC". Keys in capitals, without dots.
	Spellings map[string]string
}

// minAcronym is the fewest letters of a word that the initials of another
// name keep in capitals: shorter ones are too often words ("AN").
const minAcronym = 3

// Readable returns the readable form of phrase. Underscores become
// spaces; each word is capitalized ("PUTIN": "Putin", "KI-MOON":
// "Ki-Moon", "O'NEILL": "O'Neill", "MCCAIN": "McCain") except
//   - Lower words after the first, in lower case ("Bank of England");
//   - Spellings, written the project's way ("Ltd", "PLC");
//   - acronyms, kept in capitals: letters with dots ("U.N."), Roman
//     numerals ("III"), a word in parentheses made of initials of the
//     phrase ("Animal Liberation Front (ALF)"), Acronyms, a word of at
//     least minAcronym letters that is the initials of one of others (the
//     actor's other names), and, unless person is set, words without a
//     vowel ("BBC"; but the surname "Ng").
func (nm *Namer) Readable(phrase string, others []string, person bool) string {
	words := strings.Fields(cleanPhrase(phrase))
	for i, w := range words {
		words[i] = nm.word(w, i == 0, person, words, others)
	}
	return strings.Join(words, " ")
}

// cleanPhrase turns underscores into spaces, a backquote into an
// apostrophe, and drops control characters and stray brackets, question
// marks and asterisks.
func cleanPhrase(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '_':
			b.WriteByte(' ')
		case r == '`':
			b.WriteByte('\'')
		case r == '[' || r == ']' || r == '?' || r == '*' || r == '{' || r == '}':
		case unicode.IsControl(r):
			if r == '\t' {
				b.WriteByte(' ')
			}
		default:
			b.WriteRune(r)
		}
	}
	return strings.Trim(strings.Join(strings.Fields(b.String()), " "), " ,")
}

// word writes the word w of a name of the given words.
func (nm *Namer) word(w string, first, person bool, words, others []string) string {
	core := strings.Trim(w, "()\",")
	key := strings.ReplaceAll(strings.ToUpper(core), ".", "")
	switch {
	case core == "":
		return w
	case !first && nm.Lower[strings.ToLower(w)]:
		return strings.ToLower(w)
	case nm.Spellings[key] != "":
		if sp := nm.Spellings[key]; strings.ToUpper(sp) == sp {
			return strings.ToUpper(w)
		}
		return capitalize(w)
	case strings.ToUpper(core) != core:
		return w // written in mixed case already: kept
	case nm.acronym(core, key, w, person, words, others):
		return w
	case mcName(w):
		return "Mc" + capitalize(w[2:])
	}
	return capitalize(w)
}

// capitalize writes the first letter of each part of w (parts are split by
// hyphens, brackets and the like) in capitals and the others in lower case;
// after an apostrophe, a letter is capitalized when one letter stands
// before it ("O'Neill", "D'Alema") but not in "People's" or "Sa'id".
func capitalize(w string) string {
	var b strings.Builder
	start := true // at the start of a part
	prev := 0     // letters since the last separator
	for i, r := range w {
		switch {
		case unicode.IsLetter(r):
			if start {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			start = false
			prev++
		case r == '\'':
			b.WriteRune(r)
			rest := strings.ToUpper(w[i+1:])
			possessive := rest == "S" || strings.HasPrefix(rest, "S") && !unicode.IsLetter(rune(rest[1]))
			start = prev == 1 && !possessive
			prev = 0
		default:
			b.WriteRune(r)
			start, prev = true, 0
		}
	}
	return b.String()
}

// mcName reports whether w is a Scottish or Irish "Mc" name: "MCCAIN".
func mcName(w string) bool {
	return len(w) >= 4 && w[:2] == "MC" && w[2] >= 'A' && w[2] <= 'Z' && strings.ContainsAny(w[2:], "AEIOUY")
}

// acronym reports whether the word w stays in capitals; core is w without
// brackets and quotes, key core in capitals without dots.
func (nm *Namer) acronym(core, key, w string, person bool, words, others []string) bool {
	letters, vowels, dotted, roman := 0, 0, true, true
	for i, r := range core {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if strings.ContainsRune("AEIOUY", r) {
			vowels++
		}
		if !strings.ContainsRune("IVX", r) {
			roman = false
		}
		if i+1 >= len(core) || core[i+1] != '.' {
			dotted = false // "U.N.", "B.": every letter has a dot
		}
	}
	switch {
	case letters == 0 || letters == 1 || dotted:
		return true
	case roman:
		return true
	case !person && vowels == 0 && !strings.Contains(core, "."):
		return true
	case strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")"):
		return subsequence(key, initials(strings.Join(words, " "), nil))
	case nm.Acronyms[key]:
		return true
	}
	if letters >= minAcronym && !strings.Contains(core, ".") {
		for _, o := range others {
			if initials(o, nm.Lower) == key {
				return true
			}
		}
	}
	return false
}

// subsequence reports whether the letters of s appear in t in order.
func subsequence(s, t string) bool {
	i := 0
	for j := 0; j < len(t) && i < len(s); j++ {
		if t[j] == s[i] {
			i++
		}
	}
	return i == len(s) && len(s) >= 2
}

// initials returns the first letters of the words of a phrase, in
// capitals, leaving out connectors: "INTERNATIONAL_COURT_OF_JUSTICE" gives
// "ICJ".
func initials(phrase string, connectors map[string]bool) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(phrase, func(r rune) bool { return r == '_' || r == ' ' || r == '-' }) {
		if connectors[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}
