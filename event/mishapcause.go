package event

// mishapcause.go: deaths and injuries a mishap caused, told by a verb of
// force ("a stampede killed 40 pilgrims", "five climbers were killed in
// a fall", "a fire at the market killed 30"), are an accident's toll: no
// one killed them. With an agent ("gunmen killed") or an armed cue in the
// sentence ("killed in mortar fire", "soldiers set the house on fire")
// the verb stays a use of force.

// mishapCauses are the mishaps no one does (data/words.yaml mishap_causes).
var mishapCauses = wordList("mishap_causes")

// mishapCases are the prepositions by which a verb of force names its
// cause ("killed in a stampede", "injured during the crush";
// data/words.yaml mishap_cases).
var mishapCases = wordList("mishap_cases")

// mishapCause returns the mishap that caused the deaths or injuries the
// verb trigger t of a killing or an attack tells, with no agent and no
// armed cue besides t: its doer (eventDoer: subject, the noun a relative
// clause describes, or the subject of the clause a participle hangs on)
// or the "in", "during" or "by" oblique that gives its cause.
func (s *sent) mishapCause(t *trigger, m *Mention) (node, bool) {
	if t.noun || (m.Type != Killing && m.Type != Attack) || countRoles(m, Agent) > 0 || s.tree() == nil {
		return noNode, false
	}
	if s.armedCueBesides(t) {
		return noNode, false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return noNode, false
	}
	if d, ok := s.eventDoer(n); ok && s.mishapNoun(d) {
		return d, true
	}
	for _, k := range s.tr.kids(n, is("obl", "obl:agent")) {
		if mishapCases[s.tr.caseWord(k)] && s.mishapNoun(k) {
			return k, true
		}
	}
	return noNode, false
}

// mishapNoun reports whether n is a common noun naming a mishap
// (mishapCauses) with no "of" phrase of its own ("the fall of the
// government" is no mishap).
func (s *sent) mishapNoun(n node) bool {
	tr := s.tr
	if tr.w(n).UPOS != "NOUN" || !tr.lemmaIn(n, mishapCauses) {
		return false
	}
	for _, k := range tr.kids(n, is("nmod")) {
		if tr.caseWord(k) == "of" {
			return false
		}
	}
	return true
}

// accidentBefore reports whether the previous sentence told an accident
// and the verb trigger t, of the lexicon's killing entries ("killed",
// "injured") and heading its sentence (mainClause), has no agent and its
// sentence no armed cue besides t: the deaths it tells are that
// accident's toll ("A bus crashed into a lorry. Six passengers were
// killed on the spot"). A disaster's sentence after is left alone: its
// verbs of force are as often of money or markets ("reinsurers were hit
// with costs").
func (s *sent) accidentBefore(t *trigger, m *Mention) bool {
	mem := &s.d.mem
	if t.noun || t.e.Type != Killing || m.Type != Killing || countRoles(m, Agent) > 0 {
		return false
	}
	if mem.mishap != Accident || mem.mishapSentence < 0 || mem.mishapSentence != s.index-1 || s.armedCueBesides(t) || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	return ok && s.mainClause(n)
}

// mainClause reports whether the verb n heads its sentence, by itself or
// coordinated with the verb that does ("Six were killed and one was
// injured"): a participle or a clause hung on another verb tells that
// verb's toll ("two houses fell down a week earlier, killing two").
func (s *sent) mainClause(n node) bool {
	switch s.tr.rel(n) {
	case "root":
		return true
	case "conj":
		h, ok := s.tr.head(n)
		return ok && s.tr.rel(h) == "root"
	}
	return false
}
