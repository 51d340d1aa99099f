package event

import (
	"github.com/chronograph-news/chronograph/actor"
)

// relativeplace.go (a participant rule of sent; relativePronounSubject,
// of syntax, reads the parse only): a noun event whose relative clause tells
// where it happened ("a flood that trapped eight miners in Ruritania's
// north", "the talks, which were held in Lanark", "an earthquake that
// struck Freedonia") has that place for its location, as the noun's own
// "in" phrase would give it ("the flood in Ruritania").

// relativePlaces returns the places the relative clauses of the noun
// trigger t at n tell it happened in: the clause's verb has the relative
// pronoun for subject (subjectRelativizers, or "that" read as a pronoun),
// so its act is the event's, and names a place in an oblique marked by
// placeCases ("trapped eight in Liaoning", "were held in Nairobi") or, for
// a misfortune, as its direct object ("struck Pakistan"); only an actor
// that is a place or a country counts.
func (s *sent) relativePlaces(t *trigger, n node) []np {
	d := s.tr
	var out []np
	for _, v := range d.kids(n, is("acl:relcl")) {
		if v < n || d.w(v).UPOS != "VERB" || !s.relativePronounSubject(v) {
			continue
		}
		for _, k := range d.kids(v, is("obl", "obj")) {
			if d.rel(k) == "obj" && !misfortunes[t.e.Type] || d.rel(k) == "obl" && !placeCases[d.caseWord(k)] {
				continue
			}
			for _, p := range s.phraseActors(k, false) {
				if a := s.actor(p); a.Location || a.Kind == actor.Place || a.Kind == actor.Country {
					out = append(out, p)
				}
			}
		}
	}
	return out
}

// relativePronounSubject reports whether the verb at v has a relative
// pronoun for its subject, active or passive ("a flood that trapped",
// "talks which were held"); relativeSubject (timetree.go) counts the
// active subject only, and "that" whatever its tag.
func (s *syntax) relativePronounSubject(v node) bool {
	return s.tr.hasDepWord(v, is("nsubj", "nsubj:pass"), func(f, upos string) bool {
		return subjectRelativizers[f] || f == "that" && upos == "PRON"
	})
}
