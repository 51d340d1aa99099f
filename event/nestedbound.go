package event

// nestReach is how many dependency steps nestedBefore climbs from a
// trigger to the head of the clause it is told in.
const nestReach = 4

// nestedBefore reports whether the trigger t is told inside the clause of
// a head that places it before the report, with no clause of its own in
// between. A verb (an infinitive or -ing complement) takes its
// head's perfect or earlier-adverb ("has pressed the army into halting
// patrols", "have recently moved to cut rates"); a noun (an oblique, a
// noun modifier, an object) only its head's earlier-adverb ("have
// recently been instrumental in negotiations"): under a bare perfect a
// noun is as often the topic of what was done ("have voiced gloom about
// the summit", still to come) as the act done. A relative clause is no
// head here: the parse hangs too many main clauses as relatives, and a
// bound mention then merges with any earlier event of its type. The
// climb stops at the first clause head: a verb, or a predicate with a
// copula, whose auxiliaries tell the perfect. A progressive head is no
// bound: what goes on today is the day's news.
func (s *syntax) nestedBefore(t *trigger) bool {
	n, ok := s.parsedTrigger(t)
	if !ok {
		return false
	}
	tr := s.tr
	verb := tr.verbal(n)
	if x := tr.w(n).XPOS; verb && x != "VB" && x != "VBG" {
		return false // a finite verb tells its own tense: "and rebels attacked"
	}
	c := n
	for depth := 0; depth < nestReach; depth++ {
		if !s.nestRel(c) || tr.verbal(c) && len(tr.kids(c, is("nsubj", "nsubj:pass"))) > 0 {
			return false // a clause of its own
		}
		h, up := tr.head(c)
		if !up {
			return false
		}
		c = h
		if tr.verbal(c) {
			toks := s.tokensOf(c)
			if len(toks) == 0 {
				return false
			}
			a, ok := s.treeAspect(toks[0])
			return ok && (a.earlier || verb && a.perfect)
		}
		if len(tr.kids(c, is("cop"))) > 0 {
			// "have recently been instrumental in": the predicate's adverb,
			// and for a verb the copula's perfect auxiliaries
			if tr.hasDepWord(c, is("advmod"), func(form, _ string) bool { return earlierAdverbs[form] }) {
				return true
			}
			return verb && tr.hasDepWord(c, is("aux"), func(form, _ string) bool { return perfectAuxiliaries[form] })
		}
	}
	return false
}

// nestRel reports whether n hangs on its head inside the head's clause:
// an oblique, a noun modifier, an object, an infinitive or adverbial
// complement, or a noun coordinated with a noun. A clausal complement
// (what was said) and a parataxis tell clauses of their own.
func (s *syntax) nestRel(n node) bool {
	switch baseRel(s.tr.rel(n)) {
	case "obl", "nmod", "obj", "xcomp", "advcl":
		return true
	case "conj":
		u := s.tr.w(n).UPOS
		return u == "NOUN" || u == "PROPN"
	}
	return false
}
