package event

import "strings"

// nounverb.go: a verb-only trigger word that the parse reads as the head
// of a determined noun phrase ("to meet the 3-percent rule that the EU
// set", "a record attempt"): the word names a thing, not the act its
// lexicon entry means.

// determinedNoun reports whether the trigger t matched a verb-only entry
// while the parse tags its word a common noun introduced by an article
// ("the", "a", "an") or an owner ("whose shot", "the striker's shot"),
// or a bare noun the parse ties to another word by a preposition or a
// conjunction ("convicted of murder", "including torture and murder"):
// the word-level checks (check in triggers.go) see no determiner just
// before it when modifiers stand between ("the 3-percent rule", "a new
// order"), and take a past form or a noun after "of" for a verb.
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
	for _, k := range d.kids(n, is("nmod:poss")) {
		if k < n {
			return true // "whose shot at power failed"
		}
	}
	return s.tiedNoun(n)
}

// tiedNoun reports whether the parse ties the common noun n, with no
// determiner of its own, to a head by a preposition ("of murder",
// "including murder") or as a conjunct of another noun ("torture and
// murder"): a noun phrase, which a verb reading cannot be.
func (s *sent) tiedNoun(n node) bool {
	d := s.tr
	if len(d.kids(n, is("det", "nummod"))) > 0 || pastForm(strings.ToLower(d.w(n).Form)) {
		return false // "the mastermind of the bombings and shot dead": a past form stays a verb
	}
	switch d.rel(n) {
	case "obl", "nmod":
		for _, k := range d.kids(n, is("case")) {
			if k < n {
				return true
			}
		}
	case "conj":
		h, ok := d.head(n)
		return ok && d.w(h).UPOS == "NOUN"
	}
	return false
}
