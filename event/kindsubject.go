package event

import "strings"

// kindsubject.go: an event noun whose "of" object is indefinite, as the
// subject of a clause in the simple present, tells a kind of event and
// what holds of any such event ("the launch of a satellite costs $6
// million", "the building of a dam takes years"), not one that happened.

// indefiniteKindSubject reports whether the noun n, or the noun it is
// coordinated with ("the production and launch of a satellite"), is the
// subject of a verb in the simple present and n has an "of" object
// introduced by "a" or "an" ("launch of a small satellite"; not "the
// launch of the satellite", "the launch of a satellite failed").
func (t *tree) indefiniteKindSubject(n node) bool {
	s := n
	if t.rel(n) == "conj" {
		h, ok := t.head(n)
		if !ok {
			return false
		}
		s = h
	}
	if baseRel(t.rel(s)) != "nsubj" {
		return false
	}
	v, ok := t.head(s)
	if !ok || !t.presentSimple(v) {
		return false
	}
	for _, o := range t.kids(n, is("nmod")) {
		if t.caseWord(o) != "of" {
			continue
		}
		for _, k := range t.kids(o, is("det")) {
			if w := strings.ToLower(t.w(k).Form); w == "a" || w == "an" {
				return true
			}
		}
	}
	return false
}
