package event

import "github.com/chronograph-news/chronograph/actor"

// reasonCases open a noun event's phrase that gives the reason for the
// act of the verb it hangs on (data/words.yaml).
var reasonCases = wordList("reason_cases")

// patientCases open the phrase naming the one an act is done to
// (data/words.yaml).
var patientCases = wordList("patient_cases")

// reasonOwners returns the actors the act of the verb is done to when the
// noun at n is that verb's oblique of reasonCases ("imposed sanctions on
// Ruritania over its missile launch", "condemned Ruritania for its
// test"): the verb's object, or the patientCases phrase of the verb or
// of its object, none that is a person. "its" on such a noun stands for
// that party, not for the verb's subject; nil when the verb has none.
func (s *sent) reasonOwners(n node) []np {
	d := s.tr
	if baseRel(d.rel(n)) != "obl" || !reasonCases[d.caseWord(n)] {
		return nil
	}
	h, ok := d.head(n)
	if !ok {
		return nil
	}
	var out []np
	take := func(k node) {
		for _, p := range s.phraseActors(k, false) {
			if s.actor(p).Kind != actor.Person && s.actor(p).Kind != actor.Place {
				out = append(out, p)
			}
		}
	}
	for _, k := range d.kids(h, is("obj", "obl")) {
		if k == n {
			continue
		}
		if d.rel(k) == "obj" {
			take(k)
			for _, j := range d.kids(k, is("nmod")) {
				if patientCases[d.caseWord(j)] {
					take(j)
				}
			}
		} else if patientCases[d.caseWord(k)] {
			take(k)
		}
	}
	return out
}
