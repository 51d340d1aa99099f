package event

import "slices"

// befallen.go: the parties a clause gives a noun event in its "in" or
// "during" phrase ("the president was toppled in a popular uprising": the
// uprising was against the president; "police were injured in clashes with protesters":
// the police are a side of the clashes).

// befallVerbs are the verbs whose passive subject suffers what an event
// noun in the verb's "in", "during" or "amid" phrase does (data/words.yaml).
var befallVerbs = wordList("befall_verbs")

// oustVerbs are the befallVerbs that remove a ruler, whose passive subject
// is whom a revolt or uprising in their "in" phrase was against, as well
// as the target of an attack (data/words.yaml).
var oustVerbs = wordList("oust_verbs")

// custodyVerbs are the befallVerbs that take someone: one taken "in" a
// hostile noun event is its target only when the noun is an operation of
// sweepNouns ("detained in a raid"; "detained in the bombing" tells whom
// the bombing is blamed on; data/words.yaml).
var custodyVerbs = wordList("custody_verbs")

// sweepNouns name the operations in which forces take people (a raid, a
// crackdown; data/words.yaml).
var sweepNouns = wordList("sweep_nouns")

// befallenIn returns who suffered the noun event t at n and who did it, as
// the clause whose verb has n in an eventFrames phrase tells: the passive
// subject of a befallVerbs verb ("three activists were detained in a
// raid": the raid's targets; "were detained by soldiers in a raid": the
// soldiers, its doers, in the verb's "by" phrase), or the object and the
// active subject of that verb ("troops detained three activists in a
// raid"; not of a fight's: who is on which side is not told). Only a
// hostile noun, a fight (fightNouns: the sufferers are a side, none a
// doer) or a protest or coup whose verb ousts ("overthrown in a street revolt",
// "toppled in a coup") takes them: those
// arrested during a protest are its protesters, not whom it is against.
// A violent verb trigger ("killed in a bombing") tells its victims itself;
// a fight takes a side so only when its "with" phrase names the other
// ("injured in clashes with protesters"): one killed in street fighting
// may have fought on neither side.
func (s *sent) befallenIn(t *trigger, n node) (suffered, doers []np) {
	d := s.tr
	fight := fightNouns[lastWord(t.lemma)]
	if !fight && !hostile[t.e.Type] && t.e.Type != Protest && t.e.Type != Coup {
		return nil, nil
	}
	if baseRel(d.rel(n)) != "obl" || d.rel(n) == "obl:agent" || !eventFrames[d.caseWord(n)] {
		return nil, nil
	}
	h, ok := d.head(n)
	if !ok || !d.verbal(h) || !d.lemmaIn(h, befallVerbs) {
		return nil, nil
	}
	if (t.e.Type == Protest || t.e.Type == Coup) && !fight && !d.lemmaIn(h, oustVerbs) {
		return nil, nil
	}
	if d.lemmaIn(h, custodyVerbs) && !sweepNouns[lastWord(t.lemma)] {
		return nil, nil // "police arrested two suspects in the bombing": in connection with it
	}
	if !fight && s.violentTrigger(h) && !d.lemmaIn(h, oustVerbs) {
		// "was killed in a bombing": the killing tells the victim, and
		// takes the bombing's side (instrumentAgents); but one
		// "overthrown in a coup" is whom the coup was against
		return nil, nil
	}
	if fight && !slices.ContainsFunc(d.kids(n, is("nmod")), func(k node) bool { return d.caseWord(k) == "with" }) {
		return nil, nil // "was killed in street fighting": maybe a bystander, no side
	}
	subj, passive, ok := s.treeSubject(h)
	if !ok {
		return nil, nil
	}
	if !passive {
		if fight {
			return nil, nil
		}
		// "troops detained ten activists in a raid": the troops raided
		for _, o := range d.kids(h, is("obj")) {
			suffered = append(suffered, s.phraseActors(o, true)...)
		}
		return suffered, subj
	}
	if !fight {
		for _, a := range d.kids(h, is("obl:agent")) {
			doers = append(doers, s.phraseActors(a, true)...)
		}
	}
	return subj, doers
}
