package event

// refersBack reports whether the background mention of trigger t (see
// background) refers back to one event, told elsewhere, rather than to a
// habit or a state: a noun with no time of its own and no verb anchoring
// it, which is background for having no participant or for its definite
// or possessive phrase ("during the demonstration", "Putin's trip"), and
// for none of background's other reasons (an attributive participle, a
// generic or habitual clause, an experience). A plural noun ("their
// recent summits", "the agreements reached") refers to several events,
// not to one.
func (s *sent) refersBack(t *trigger, m *Mention, own bool) bool {
	switch {
	case own || !t.noun || t.anchor >= 0:
		return false
	case t.adjectival && s.attributive(t):
		return false
	case s.treeGeneric(t, m, own):
		return false
	case s.tree() == nil && s.habitual(t):
		return false
	case s.experiencer(t) >= 0 && s.bare(t):
		return false
	case s.earlierAdjective(t):
		return false // "the previous summit": not the one told
	}
	if s.tree() != nil {
		if n, ok := s.triggerNode(t); ok && s.tr.barePluralOf(n) {
			return false // "their recent summits", "the deployments": several events
		}
	}
	return true
}
