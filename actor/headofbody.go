package actor

// headOfBody reports whether the body's mention at tokens [first, last)
// is "the BODY chief" with no name after it (body_heads in
// data/lexicon.yaml): the person who heads the body, whom the document
// named before ("IAEA Director General Mohamed ElBaradei" … "the IAEA
// chief lamented"), rather than the body.
func (l *lexer) headOfBody(first, last int) bool {
	if first == 0 || last+1 > len(l.toks) || l.folds[first-1] != "the" || !l.g.lex.bodyHeads[l.keys[last]] {
		return false
	}
	if n := last + 1; n < len(l.toks) && l.nameWord(n) {
		return false // "the IAEA chief Mohamed ElBaradei": his own mention
	}
	return true
}

// bodyPeople maps each body to the latest person a document named as of
// it (a person mention whose affiliation is that body), not as one who
// speaks or acts for it (state_persons that are no body_heads: "UN
// spokesman Ravi Tarn" does not head the UN).
type bodyPeople map[string]string

// note records a person mention m.
func (b bodyPeople) note(m Mention, lx *lexicon) {
	if m.Kind != Person || m.Affiliation == "" {
		return
	}
	if w := wordKeys(m.Role); len(w) > 0 && lx.statePersons[w[len(w)-1]] && !lx.bodyHeads[w[len(w)-1]] {
		return
	}
	b[m.Affiliation] = m.ActorID
}
