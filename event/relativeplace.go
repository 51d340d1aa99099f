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
// a misfortune, as its direct object ("struck Pakistan"), or a verb
// conjoined to it shares its subject ("which burned 300 acres and
// destroyed 34 houses in Marin County"); a place phrase the parse hangs
// on the clause's time is the verb's ("on Sunday in Abuja"); only an actor
// that is a place or a country counts.
func (s *sent) relativePlaces(t *trigger, n node) []np {
	d := s.tr
	var out []np
	for _, v := range d.kids(n, is("acl:relcl")) {
		if v < n || d.w(v).UPOS != "VERB" || !s.relativePronounSubject(v) {
			continue
		}
		for _, w := range s.sharedSubjectVerbs(v) {
			out = s.placeObliques(t, w, out)
		}
	}
	return out
}

// sharedSubjectVerbs returns the verb at v and the verbs conjoined to it
// that have no subject of their own, so that v's subject does them too
// ("a fire, which burned 300 acres and destroyed 34 houses in Marin
// County": the fire destroyed them there).
func (s *sent) sharedSubjectVerbs(v node) []node {
	d := s.tr
	out := []node{v}
	for i := 0; i < len(out) && i < maxConj; i++ {
		// a conjunct of a conjunct too, as the parse may chain them
		// ("was caused by arson and burned … and destroyed …")
		for _, c := range d.kids(out[i], is("conj")) {
			if d.w(c).UPOS == "VERB" && len(d.kids(c, is("nsubj", "nsubj:pass", "csubj"))) == 0 {
				out = append(out, c)
			}
		}
	}
	return out
}

// placeObliques appends to out the places the verb at v of a relative
// clause of the noun trigger t names in an oblique marked by placeCases
// or, for a misfortune, as its direct object (relativePlaces).
func (s *sent) placeObliques(t *trigger, v node, out []np) []np {
	d := s.tr
	var ks []node
	for _, k := range d.kids(v, is("obl", "obj")) {
		ks = append(ks, k)
		if s.timeNode(k) {
			// "kicked off on Sunday in the capital Abuja", the place
			// hung on the day: the verb's place all the same
			ks = append(ks, d.kids(k, is("nmod"))...)
		}
	}
	for _, k := range ks {
		if d.rel(k) == "obj" && !misfortunes[t.e.Type] || d.rel(k) != "obj" && !placeCases[d.caseWord(k)] {
			continue
		}
		for _, p := range s.phraseActors(k, false) {
			if a := s.actor(p); a.Location || a.Kind == actor.Place || a.Kind == actor.Country {
				out = append(out, p)
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
