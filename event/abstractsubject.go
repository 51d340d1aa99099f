package event

import "strings"

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
// for its subject in the parse a noun of abstractSubjects, directly or as
// the noun a relative clause's pronoun stands for ("a row that threatened
// to disrupt supplies").
func (s *sent) abstractSubject(t *trigger, m *Mention) bool {
	if t.noun || !verbalRoot(m.CAMEO) || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	d := s.tr
	for _, k := range d.kids(n, is("nsubj")) {
		if relativizers[strings.ToLower(d.w(k).Form)] || strings.EqualFold(d.w(k).Form, "that") {
			if d.rel(n) != "acl:relcl" {
				continue
			}
			if k, ok = d.head(n); !ok {
				continue
			}
		}
		if d.lemmaIn(k, abstractSubjects) {
			return true
		}
	}
	return false
}
