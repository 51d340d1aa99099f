package actor

import (
	"strings"
	"unicode"

	"github.com/chronograph-news/chronograph/token"
)

// writtenName is a person's name a document writes as given names or
// initials before a surname: its text and key (lexer.spanKey).
type writtenName struct {
	name, key string
}

// initialsMax is the most capitals a word may have to be read as a
// person's initials before a surname ("C.M.", "MA", "A."); "KCNA" is an
// acronym.
const initialsMax = 2

// writtenNames returns, by the phonetic key of the surname, each name the
// document writes as one or more given names (first_names in
// data/lexicon.yaml) or initials before a last capitalized word ("Richard
// Boucher", "Richard A. Boucher", "C.M. Ibrahim", "MA Aziz"), the surname
// not joined by a hyphen to a word after it ("Ellen Johnson-Sirleaf"); a
// surname written so with two names keeps neither. Whatever reading the
// recognizer gave the name (a title run before it, a place), the bare
// surname is that person in this document, not a namesake of another one
// (Resolver.writtenPerson). One pass over the tokens.
func (l *lexer) writtenNames() map[string]writtenName {
	out := map[string]writtenName{}
	toks := l.toks
	for k := 1; k < len(toks); k++ {
		if lx := l.g.lex; !l.nameWord(k) || l.initials(k) || isAllCaps(toks[k].Text) || l.lower[l.folds[k]] || lx.institutionWords[l.keys[k]] || lx.orgHeads[l.keys[k]] {
			// no surname: initials, a headline's capitals, a word the
			// document writes in lower case ("Final") or a word of
			// bodies' names ("Senate")
			continue
		}
		if n := k + 1; n < len(toks) && (l.nameWord(n) && spaced(toks[k], toks[n]) || toks[n].Text == "-" && token.Adjacent(toks[k], toks[n])) {
			continue // not the last word of the name
		}
		j := k
		for j > 0 && l.givenOrInitials(j-1) && spaced(toks[j-1], toks[j]) {
			j--
		}
		if j == k {
			continue
		}
		w := writtenName{l.text[toks[j].Start:toks[k].End], l.spanKey(j, k+1)}
		s := l.keys[k]
		if prev, ok := out[s]; ok && prev.key != w.key {
			w = writtenName{}
		}
		out[s] = w
	}
	return out
}

// nameWord reports whether token i is a capitalized word.
func (l *lexer) nameWord(i int) bool {
	t := l.toks[i]
	return t.Kind == token.Word && isCapitalized(t.Text)
}

// givenOrInitials reports whether token i is a given name of the lexicon
// or a person's initials, and no stopword or word the document writes in
// lower case ("All", "An").
func (l *lexer) givenOrInitials(i int) bool {
	return l.nameWord(i) && !l.lower[l.folds[i]] && !l.g.lex.stopwords[l.folds[i]] && (l.g.lex.firstNames[l.keys[i]] || l.initials(i))
}

// initials reports whether token i is a person's initials: up to
// initialsMax capitals, no name of the gazetteer ("U.S.", "UN") nor a
// stopword ("AS", "OF"), with periods ("C.M.", "A.") or, two of them,
// without ("MA", "RV") when they are no club's or company's word ("FC",
// "PT": club_prefixes, corporate_suffixes) and no Roman numeral ("II").
func (l *lexer) initials(i int) bool {
	t := l.toks[i].Text
	n, dots, roman := 0, false, true
	for _, r := range t {
		switch {
		case unicode.IsUpper(r):
			n++
			roman = roman && strings.ContainsRune("IVX", r)
		case r == '.':
			dots = true
		default:
			return false
		}
	}
	k, lx := l.keys[i], l.g.lex
	if n == 0 || n > initialsMax || len(l.g.Find(t)) > 0 || lx.stopwords[l.folds[i]] {
		return false // "U.S.", "AS"
	}
	return dots || n == initialsMax && !roman && !lx.clubPrefixes[k] && !lx.corpSuffixes[k]
}

// spaced reports whether token b follows token a after one space, on
// the same line.
func spaced(a, b token.Token) bool {
	return b.Start == a.End+1
}
