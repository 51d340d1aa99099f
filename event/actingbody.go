package event

// actingBody reports whether the noun trigger t of a gathering is the
// capitalized name of a body that speaks or takes a stand rather than a
// meeting held: the subject of a reporting verb or of a verb the lexicon
// reads as a verbal act ("the Italian Episcopal Conference criticized the
// ruling", "the Bishops' Conference said"). A meeting that opens, closes
// or is held keeps its trigger ("the Munich Security Conference opened").
func (s *sent) actingBody(t *trigger) bool {
	if !t.noun || !gatherings[t.e.Type] || t.start == s.first || !capitalized(s.tok(t.start).Text) || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok || s.tr.rel(n) != "nsubj" {
		return false
	}
	h, ok := s.tr.head(n)
	if !ok || s.tr.w(h).UPOS != "VERB" {
		return false
	}
	if s.tr.lemmaIn(h, s.d.lx.reporting) {
		return true
	}
	o := s.verbTriggerAt(h, t)
	return o != nil && verbalRoot(cmpOr(o.code, o.e.Type.CAMEO()))
}
