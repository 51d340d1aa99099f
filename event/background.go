package event

// background reports whether trigger t only refers back to an event or
// to a habit (see Mention.Background). own reports that the mention has a
// time expression of its own. A clause with a habitual adverb ("often",
// "usually") tells what happens in general, not an event; otherwise only
// nouns refer back, and a noun anchored by a verb ("held talks", "oversaw
// the launches") reports an event.
func (s *sent) background(t *trigger, m *Mention, own bool) bool {
	if own {
		return false
	}
	if s.habitual(t) {
		return true // "North Korea often responds to drills with tests"
	}
	if !t.noun || t.anchor >= 0 {
		return false
	}
	if len(m.Participants) == 0 {
		return true
	}
	return s.definite(t)
}

// definite reports whether the noun trigger t heads a definite or
// possessive noun phrase ("the treaty", "their recent summits", "Putin's
// trip") or a bare plural followed by a participle that refers back
// ("agreements reached in June").
func (s *sent) definite(t *trigger) bool {
	j := t.start - 1
	for n := 0; j >= s.first && n < 4; n++ {
		w := s.word(j)
		switch {
		case definiteDeterminers[w] || w == "'s" || w == "'":
			return true // "the treaty", "Putin's trip"
		case s.d.actorAt[j] >= 0:
			return false // a name modifier: "the Putin-Kim summit"
		case isPlainWord(w) || w == "-":
			j--
			continue
		}
		break
	}
	if w := s.word(t.end); t.end < s.last && isParticiple(w) && !beForms[w] && s.tok(t.end).Text == w {
		return true
	}
	return false
}

// definiteDeterminers open a noun phrase that refers to something known.
var definiteDeterminers = set("the", "this", "that", "these", "those", "their", "its",
	"his", "her", "our", "such", "said")

// habitualCues make a clause generic: what happens as a rule.
var habitualCues = set("often", "usually", "regularly", "routinely", "frequently",
	"typically", "generally", "always", "habitually", "repeatedly", "normally")

// habitual reports whether t's clause has a habitual adverb.
func (s *sent) habitual(t *trigger) bool {
	cl := s.clauses()
	for i := s.first; i < s.last; i++ {
		if habitualCues[s.word(i)] && cl.of(i) == cl.of(t.start) {
			return true
		}
	}
	return false
}
