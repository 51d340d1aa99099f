package event

// abstractsubject.go: a matter, not a party, as the subject of a verb of
// words. "A row between the two firms threatened to disrupt supplies",
// "the dispute, which threatens to halt deliveries": the row threatens no
// one; the verb tells a risk, and no actor named inside the subject ("the
// two firms") says or threatens anything.

// abstractSubjects are the nouns of matters that cannot speak, demand or
// threaten (data/words.yaml).
var abstractSubjects = wordList("abstract_subjects")

// abstractSubject reports whether the verb trigger t, of a verbal act
// (a CAMEO root of verbalCAMEO: a statement, a demand, a threat...), has
// for its doer (eventDoer, as lifelessDoer takes it) a noun of
// abstractSubjects: its subject, the noun a relative clause's pronoun
// stands for ("a row that threatened to disrupt supplies"), or the noun a
// participle with no subject describes or whose clause it hangs on ("the
// row dragged on, threatening to disrupt supplies").
func (s *sent) abstractSubject(t *trigger, m *Mention) bool {
	if t.noun || !verbalRoot(m.CAMEO) || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	k, ok := s.eventDoer(n)
	return ok && s.tr.lemmaIn(k, abstractSubjects)
}
