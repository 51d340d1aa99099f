package event

import "strings"

// nounverb.go: a verb-only trigger word that the parse reads as the head
// of a determined noun phrase ("to meet the 3-percent rule that the EU
// set", "a record attempt"): the word names a thing, not the act its
// lexicon entry means.

// determinedNoun reports whether the trigger t matched a verb-only entry
// while the parse tags its word a common noun introduced by an article
// ("the", "a", "an"): the word-level checks (check in triggers.go) see no
// determiner just before it when modifiers stand between ("the 3-percent
// rule", "a new order").
func (s *sent) determinedNoun(t *trigger) bool {
	if t.noun || t.end-t.start != 1 || t.e.noun() || !t.e.verb() || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	d := s.tr
	if d.w(n).UPOS != "NOUN" {
		return false
	}
	for _, k := range d.kids(n, is("det")) {
		if articles[strings.ToLower(d.w(k).Form)] && k < n {
			return true
		}
	}
	return false
}
