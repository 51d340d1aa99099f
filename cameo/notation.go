package cameo

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// AtomKind is what one position of a pattern term stands for.
type AtomKind uint8

// The kinds of atom. The placeholders come from PETRARCH's patterns: they
// match any phrase in their position and say which actor it holds.
const (
	WordAtom   AtomKind = iota // a word, matched on lemma or form
	SetAtom                    // &name: any member of a synonym set
	SourceAtom                 // $: the phrase is the source actor
	TargetAtom                 // +: the phrase is the target actor
	BothAtom                   // %: the phrase holds both actors (a compound actor)
	AnyAtom                    // ^: any phrase (no actor)
)

// Atom is one alternative at one position of a term: a word or a set name
// (Text) or a placeholder (Text empty).
type Atom struct {
	Kind AtomKind
	Text string
}

// Term is a word, a synonym set, a placeholder or a phrase of them: its
// positions in order, the last one the head and the others the words that
// modify it; each position lists its alternatives. A placeholder is always
// a whole term of one position.
type Term [][]Atom

// Elem is one element of a pattern: a Term, or a prepositional phrase when
// Preps is not empty (the preposition's alternatives), whose object is Term
// (nil: the preposition alone).
type Elem struct {
	Preps []string
	Term  Term
}

// IsPrep reports whether e is a prepositional phrase.
func (e Elem) IsPrep() bool { return len(e.Preps) > 0 }

// Placeholder returns the kind of a one-atom placeholder term, else WordAtom.
func (t Term) Placeholder() AtomKind {
	if len(t) == 1 && len(t[0]) == 1 && t[0][0].Kind >= SourceAtom {
		return t[0][0].Kind
	}
	return WordAtom
}

// The text notation of patterns (patterns.tsv, column pattern):
//
//	pattern := elem* "*" elem*          elements before and after the verb
//	elem    := term | preps ":" term?   a prepositional phrase has a colon
//	preps   := word ("|" word)*         alternatives
//	term    := slot ("_" slot)*         a phrase: modifiers, then the head
//	slot    := atom ("|" atom)*         alternatives
//	atom    := word | "&" word | "$" | "+" | "%" | "^"
//
// Elements are separated by single spaces. A word is lower case and has
// none of the characters space, _ | : * & $ + % ^ # ( ) [ ] { } and no
// control character; it may hold letters, digits and - ' . / among others.
const specials = "_|:*&$+%^#()[]{}"

// ValidWord reports whether w can be a word (or set name) of the notation.
func ValidWord(w string) bool {
	if w == "" || !utf8.ValidString(w) {
		return false
	}
	for _, r := range w {
		if unicode.IsControl(r) || unicode.IsSpace(r) || strings.ContainsRune(specials, r) || r != unicode.ToLower(r) {
			return false
		}
	}
	return true
}

// ParsePattern reads a pattern in the text notation: the elements before
// the verb and after it.
func ParsePattern(s string) (before, after []Elem, err error) {
	if s == "" {
		return nil, nil, fmt.Errorf("empty pattern")
	}
	star := false
	for _, f := range strings.Split(s, " ") {
		if f == "*" {
			if star {
				return nil, nil, fmt.Errorf("pattern %q: two *", s)
			}
			star = true
			continue
		}
		e, err := parseElem(f)
		if err != nil {
			return nil, nil, fmt.Errorf("pattern %q: %w", s, err)
		}
		if star {
			after = append(after, e)
		} else {
			before = append(before, e)
		}
	}
	if !star {
		return nil, nil, fmt.Errorf("pattern %q: no * for the verb", s)
	}
	return before, after, nil
}

// parseElem reads one element.
func parseElem(s string) (Elem, error) {
	p, t, isPrep := strings.Cut(s, ":")
	if !isPrep {
		term, err := ParseTerm(s)
		return Elem{Term: term}, err
	}
	var e Elem
	for _, w := range strings.Split(p, "|") {
		if !ValidWord(w) {
			return Elem{}, fmt.Errorf("bad preposition %q in %q", w, s)
		}
		e.Preps = append(e.Preps, w)
	}
	if t != "" {
		term, err := ParseTerm(t)
		if err != nil {
			return Elem{}, err
		}
		e.Term = term
	}
	return e, nil
}

// ParseTerm reads a term in the text notation.
func ParseTerm(s string) (Term, error) {
	if s == "" {
		return nil, fmt.Errorf("empty term")
	}
	var t Term
	for _, slot := range strings.Split(s, "_") {
		var alts []Atom
		for _, a := range strings.Split(slot, "|") {
			atom, err := parseAtom(a)
			if err != nil {
				return nil, fmt.Errorf("term %q: %w", s, err)
			}
			alts = append(alts, atom)
		}
		t = append(t, alts)
	}
	for _, alts := range t {
		for _, a := range alts {
			if a.Kind >= SourceAtom && (len(t) > 1 || len(alts) > 1) {
				return nil, fmt.Errorf("term %q: a placeholder must stand alone", s)
			}
		}
	}
	return t, nil
}

// parseAtom reads one atom.
func parseAtom(s string) (Atom, error) {
	switch s {
	case "$":
		return Atom{Kind: SourceAtom}, nil
	case "+":
		return Atom{Kind: TargetAtom}, nil
	case "%":
		return Atom{Kind: BothAtom}, nil
	case "^":
		return Atom{Kind: AnyAtom}, nil
	}
	if name, ok := strings.CutPrefix(s, "&"); ok {
		if !ValidWord(name) {
			return Atom{}, fmt.Errorf("bad set name %q", s)
		}
		return Atom{Kind: SetAtom, Text: name}, nil
	}
	if !ValidWord(s) {
		return Atom{}, fmt.Errorf("bad word %q", s)
	}
	return Atom{Kind: WordAtom, Text: s}, nil
}

// String writes the atom in the text notation.
func (a Atom) String() string {
	switch a.Kind {
	case SetAtom:
		return "&" + a.Text
	case SourceAtom:
		return "$"
	case TargetAtom:
		return "+"
	case BothAtom:
		return "%"
	case AnyAtom:
		return "^"
	}
	return a.Text
}

// String writes the term in the text notation.
func (t Term) String() string {
	var b strings.Builder
	for i, alts := range t {
		if i > 0 {
			b.WriteByte('_')
		}
		for j, a := range alts {
			if j > 0 {
				b.WriteByte('|')
			}
			b.WriteString(a.String())
		}
	}
	return b.String()
}

// String writes the element in the text notation.
func (e Elem) String() string {
	if !e.IsPrep() {
		return e.Term.String()
	}
	return strings.Join(e.Preps, "|") + ":" + e.Term.String()
}

// FormatPattern writes a pattern in the text notation.
func FormatPattern(before, after []Elem) string {
	parts := make([]string, 0, len(before)+len(after)+1)
	for _, e := range before {
		parts = append(parts, e.String())
	}
	parts = append(parts, "*")
	for _, e := range after {
		parts = append(parts, e.String())
	}
	return strings.Join(parts, " ")
}

// eachSet calls f with the name of every set the elements refer to.
func eachSet(elems []Elem, f func(name string)) {
	for _, e := range elems {
		for _, alts := range e.Term {
			for _, a := range alts {
				if a.Kind == SetAtom {
					f(a.Text)
				}
			}
		}
	}
}
