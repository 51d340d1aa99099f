package event

// chargeobliques.go: the names inside a charge are no parties of the
// verb that lays it. "Osk accused Vell of collusion with Brovia": Brovia
// is part of what Vell is accused of, not a side of the accusation, but
// the parse often hangs "with Brovia" on the verb.

// chargeFrameVerbs take a charge in an "of", "with" or "for" phrase
// ("accused X of complicity with Y", "charged X with links to Y",
// "convicted X of spying for Y") (data/words.yaml).
var chargeFrameVerbs = wordList("charge_frame_verbs")

// chargePhraseCases mark the phrase that holds a charge verb's charge
// (data/words.yaml).
var chargePhraseCases = wordList("charge_phrase_cases")

// chargeStart returns the word of the charge the verb at n lays: a
// common noun or verb in a chargePhraseCases phrase hung on the verb or on its
// object ("accused Vell of collusion"), naming no actor; false when n is
// no chargeFrameVerbs verb or has no such phrase.
func (s *syntax) chargeStart(n node) (node, bool) {
	d := s.tr
	if !d.lemmaIn(n, chargeFrameVerbs) {
		return noNode, false
	}
	cands := d.kids(n, is("obl", "advcl"))
	for _, o := range d.kids(n, is("obj", "nsubj:pass")) {
		cands = append(cands, d.kids(o, is("nmod", "acl"))...)
	}
	best := noNode
	for _, c := range cands {
		if c < n || !chargePhraseCases[d.caseWord(c)] && !chargePhraseCases[d.markWord(c)] {
			continue
		}
		if u := d.w(c).UPOS; u != "NOUN" && u != "VERB" {
			continue
		}
		if _, named := s.actorWord(c); named {
			continue
		}
		if best == noNode || c < best {
			best = c
		}
	}
	return best, best != noNode
}

// inCharge reports whether the complement c of the verb at n stands
// after the charge the verb lays, so belongs to it: "accused Vell of
// collusion with Brovia" (c Brovia); a "by" agent stays the verb's.
func (s *syntax) inCharge(n, c node) bool {
	if s.tr.rel(c) == "obl:agent" || s.tr.caseWord(c) == "by" {
		return false
	}
	ch, ok := s.chargeStart(n)
	return ok && c > ch
}
