package event

// acquaintance.go: "met" in the sense of getting to know someone or of a
// reception, not a meeting held. A person met as one's spouse or partner
// ("where he met his wife"), one met in a relative clause while the
// subject was at some pursuit ("a brunette whom he met while studying
// art"), and a passive "met with" a common noun ("the plan was met with
// indifference") tell no meeting.

// acquaintanceMarks are the subordinators of a clause that tells the
// time of life in which someone met someone (data/words.yaml
// acquaintance_marks).
var acquaintanceMarks = wordList("acquaintance_marks")

// acquaintance reports whether the verb trigger t of a meeting ("met")
// tells an acquaintance made or a reception, not a meeting: its object
// is a kin noun with a possessor (kinNouns: "met his wife"); its
// relative pronoun "whom" goes with a clause of its own opened by one of
// acquaintanceMarks ("whom he met while studying"); or it is
// passive with a "with" phrase of a common noun ("was met with
// criticism"; not "was met at the airport by the president").
func (s *sent) acquaintance(t *trigger) bool {
	if t.noun || t.e.Type != Meeting || t.e.Lemma != "meet" || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	tr := s.tr
	for _, o := range tr.kids(n, is("obj")) {
		if tr.w(o).UPOS == "NOUN" && tr.lemmaIn(o, kinNouns) && len(tr.kids(o, is("nmod:poss"))) > 0 {
			return true // "met his wife"; not "met the widows of the soldiers"
		}
	}
	if j := t.end; j+1 < s.last && personPossessives[s.word(j)] && s.d.lemmaIn(s.word(j+1), kinNouns) {
		return true // the same where the parse hangs the noun elsewhere
	}
	if tr.hasDepWord(n, is("obj", "obl"), func(f, _ string) bool { return f == "whom" }) {
		for _, c := range tr.kids(n, is("advcl")) {
			if acquaintanceMarks[tr.markWord(c)] {
				return true // "whom he met while studying"
			}
		}
	}
	if len(tr.kids(n, is("nsubj:pass", "aux:pass"))) > 0 {
		for _, k := range tr.kids(n, is("obl")) {
			if tr.caseWord(k) == "with" && tr.w(k).UPOS == "NOUN" {
				return true // "was met with indifference"
			}
		}
	}
	return false
}
