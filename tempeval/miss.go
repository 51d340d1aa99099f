package tempeval

import (
	"sort"
	"strings"
	"unicode"

	"github.com/chronograph-news/chronograph/timeml"
)

// Kind is the kind of a miss.
type Kind int

// Kinds of misses, in the order reports list them.
const (
	Missed     Kind = iota // a gold expression no system expression overlaps
	Spurious               // a system expression overlapping no gold one
	WrongValue             // relaxed match with another value
	WrongType              // relaxed match with another type
	WrongSpan              // relaxed but not strict match
)

var kindNames = [...]string{"missed", "spurious", "value", "type", "span"}

// String names the kind.
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "unknown"
	}
	return kindNames[k]
}

// ParseKind returns the kind named s (as String names it).
func ParseKind(s string) (Kind, bool) {
	for i, n := range kindNames {
		if n == s {
			return Kind(i), true
		}
	}
	return 0, false
}

// Miss is one scoring error.
type Miss struct {
	Kind   Kind
	Doc    string        // Doc.Name
	Start  int           // offset of the gold expression, else the system one
	Gold   *timeml.Timex // nil for Spurious
	System *timeml.Timex // nil for Missed
	// Context is the text around the expression on one line, with the
	// expression in [brackets].
	Context string
}

// contextBytes is how much text Context shows on each side.
const contextBytes = 40

func (d Doc) miss(k Kind, g, s *timeml.Timex) Miss {
	m := Miss{Kind: k, Doc: d.Name}
	var t *timeml.Timex
	if g != nil {
		gc := *g
		m.Gold, t = &gc, &gc
	}
	if s != nil {
		sc := *s
		m.System = &sc
		if t == nil {
			t = &sc
		}
	}
	m.Start = t.Start
	m.Context = context(d.Text, t.Start, t.End)
	return m
}

// context returns text[start:end] in brackets with some text either side,
// white space folded.
func context(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	lo := max(0, start-contextBytes)
	for lo > 0 && lo < len(text) && !isRuneStart(text[lo]) {
		lo--
	}
	hi := min(len(text), end+contextBytes)
	for hi < len(text) && !isRuneStart(text[hi]) {
		hi++
	}
	s := fold(text[lo:start]) + "[" + fold(text[start:end]) + "]" + fold(text[end:hi])
	if lo > 0 {
		s = "…" + s
	}
	if hi < len(text) {
		s += "…"
	}
	return s
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// fold replaces each run of white space by one space.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// Shape is the text of an expression lower-cased with every digit replaced
// by 9 and white space folded, so that "March 3" and "March 15" share the
// shape "march 9" / "march 99".
func Shape(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(fold(strings.TrimSpace(text))) {
		if r >= '0' && r <= '9' {
			r = '9'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Group is a set of misses of one kind whose expressions share a shape.
type Group struct {
	Kind   Kind
	Shape  string
	Misses []Miss // in the order given to Groups
}

// Groups groups misses by kind and shape (of the gold expression, or the
// system one for Spurious) and orders the groups worst first: by size,
// then kind, then shape.
func Groups(misses []Miss) []Group {
	type key struct {
		k     Kind
		shape string
	}
	idx := map[key]int{}
	var gs []Group
	for _, m := range misses {
		t := m.Gold
		if t == nil {
			t = m.System
		}
		k := key{m.Kind, Shape(t.Text)}
		i, ok := idx[k]
		if !ok {
			i = len(gs)
			idx[k] = i
			gs = append(gs, Group{Kind: k.k, Shape: k.shape})
		}
		gs[i].Misses = append(gs[i].Misses, m)
	}
	sort.SliceStable(gs, func(i, j int) bool {
		a, b := gs[i], gs[j]
		if len(a.Misses) != len(b.Misses) {
			return len(a.Misses) > len(b.Misses)
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Shape < b.Shape
	})
	return gs
}
