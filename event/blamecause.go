package event

import "strings"

// blamecause.go: a verb of blame accuses someone only when it blames a
// person or a body ("blamed the rebels for the attack", "blamed the
// failure on the security services"). Blaming a cause ("blamed rainy
// weather for the weak data", "the shelling, which the army blamed on a
// technical malfunction") explains what happened: a statement (010), no
// accusation, whose target would be a thing.

// causeBlameVerbs are the verbs of blame of data/words.yaml
// (cause_blame_verbs).
var causeBlameVerbs = wordList("cause_blame_verbs")

// causeBlameFrame retypes the verb trigger t of blame that the dictionary
// coded an accusation (11) as a statement (010) when neither the phrase
// of its object or passive subject nor an "on" phrase below it names a
// person or a body (personNode: "lax oversight by the city council"
// blames the council) or, after "on", an armed force
// (armedCues): "blamed wet weather and weak wage growth for the
// figures", "blamed foreign interference", "which the army blamed on a
// technical malfunction"; not "blamed the rebels", "blamed the failure on
// those in charge", "was blamed on the group". Titled by its own verb:
// "blames wet weather for weak figures".
func (s *sent) causeBlameFrame(t *trigger) {
	if t == nil || t.noun || !strings.HasPrefix(t.code, "11") || !s.d.lemmaIn(s.word(t.start), causeBlameVerbs) || s.tree() == nil {
		return
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return
	}
	d := s.tr
	blamed := s.patients(n)
	if len(blamed) == 0 {
		return // "he blamed": whom, the parse does not say
	}
	for k := range d.words {
		o := node(k)
		for _, b := range blamed {
			if d.within(o, b) && s.personNode(o) {
				// "blamed the rebels", "blamed bad planning and lax
				// oversight by the city council": the body whose
				// doing is blamed
				return
			}
		}
		// the "on" phrase of whom it is laid on, wherever the parse
		// hangs it below the verb ("blamed the failure of the talks,
		// which ..., on those in charge"), a person, a body or an
		// armed force ("was blamed on militias")
		if d.caseWord(o) == "on" && !s.timeNode(o) && d.within(o, n) && (s.personNode(o) || s.d.lemmaIn(strings.ToLower(d.w(o).Form), armedCues)) {
			return
		}
	}
	e := *t.e
	e.Type = Statement
	t.e, t.code, t.ownVerb = &e, catchAllStatement, true
}
