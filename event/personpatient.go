package event

// personpatient.go: the person an arrest, a dismissal, a release or an
// appointment is done to, when the sentence names it by a common noun
// ("the driver", "an official", "its chief executive") rather than by an
// actor the gazetteer knows (Mention.PersonPatient).

// personActs are the types of acts done to a person whose patient says
// whom the event concerns (personPatient).
var personActs = map[Type]bool{Arrest: true, Dismissal: true, Release: true, Appointment: true}

// personPatient reports whether the verb trigger t of type typ, one of
// personActs, told in the past (a past tense or a participle), has a
// patient of its own clause (object or passive subject: patients, not the
// noun a participle describes, "the official charged with fighting flu")
// that is a person named by a common noun (personNode): "the driver has
// been arrested", "an official has been sacked", "sacked its chief
// executive". Not a pronoun ("he was arrested" names no one), nor a name,
// which the actor stage already makes the target, nor a habit told in the
// present ("they release detainees").
func (s *sent) personPatient(t *trigger, typ Type) bool {
	if t.noun || !personActs[typ] || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	if w := s.tr.w(n); w.UPOS != "VERB" || w.XPOS != "VBD" && w.XPOS != "VBN" {
		return false
	}
	h, hasHead := s.tr.head(n)
	for _, o := range s.patients(n) {
		if hasHead && o == h && s.tr.rel(n) != "conj" {
			continue // the noun the participle describes
		}
		if u := s.tr.w(o).UPOS; (u == "NOUN" || u == "ADJ") && s.personNode(o) {
			return true
		}
	}
	return false
}
