package event

// passivenoun.go: a noun event told in an oblique of a passive verb with
// a "by" agent is done by that agent ("his faction was ousted by Venn in
// a bitter election": Venn wins the election; "was driven out by rebels
// in an offensive": the rebels' offensive). The passive subject undergoes
// the verb and does not own the noun.

// passiveHeadAgents returns the actors of the "by" agent of the passive
// verb whose oblique, after it, is the noun at n; nil when n is no such
// oblique of a passive verb with such an agent, when the noun names its
// own owner in an "of" or "by" phrase, and for a venue marked "at" ("was
// remarked by Gu at a conference": she speaks there, who holds it is
// untold).
func (s *sent) passiveHeadAgents(n node) []np {
	d := s.tr
	if baseRel(d.rel(n)) != "obl" || d.rel(n) == "obl:agent" {
		return nil
	}
	h, ok := d.head(n)
	if !ok || n < h || d.caseWord(n) == "at" || len(d.kids(h, is("nsubj:pass", "aux:pass"))) == 0 {
		return nil
	}
	for _, k := range d.kids(n, is("nmod")) {
		if cw := d.caseWord(k); (cw == "of" || cw == "by") && s.namesActor(k) {
			return nil // "a statement of the Embassy of India": its own
		}
	}
	var out []np
	for _, k := range d.kids(h, is("obl:agent")) {
		out = append(out, s.phraseActors(k, true)...)
	}
	return out
}

// namesActor reports whether an actor is named among the words of the
// phrase headed by k.
func (s *sent) namesActor(k node) bool {
	return s.anyWithin(k, s.d.actorAt)
}
