package event

// causeCases are the prepositions by which an act names what it answers
// ("summoned the envoy over the sanctions", "protested about the
// killings"; data/words.yaml).
var causeCases = wordList("cause_cases")

// causeNoun reports whether the noun trigger t names, with the definite
// article and no actor, what another act of its
// sentence answers ("Russia summoned the British ambassador over the
// sanctions"): a happening told elsewhere or known, the cause of the news,
// not news of its own. The act must be a trigger whose verb governs t's
// phrase.
func (s *sent) causeNoun(t *trigger, m *Mention) bool {
	if !t.noun || len(m.Participants) > 0 || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok || s.tr.rel(n) != "obl" || !causeCases[s.tr.caseWord(n)] {
		return false
	}
	definite := false
	for _, k := range s.tr.kids(n, is("det")) {
		definite = definite || s.tr.w(k).Form == "the" || s.tr.w(k).Form == "The"
	}
	h, ok := s.tr.head(n)
	if !definite || !ok {
		return false
	}
	return s.verbTriggerAt(h, t) != nil
}

// verbTriggerAt returns the verb trigger of the sentence, other than
// except, whose verb is the word at h; nil for none.
func (s *sent) verbTriggerAt(h node, except *trigger) *trigger {
	toks := s.tokensOf(h)
	for _, o := range s.triggers {
		if o != except && !o.noun && len(toks) > 0 && o.anchor == toks[0] {
			return o
		}
	}
	return nil
}
