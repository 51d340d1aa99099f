package event

// toldMedium reports whether the actor phrase p is a news medium
// (mediaNamed: a wire service or a name with a media word) that a
// reporting verb above the trigger at trig addresses: its indirect object
// or its object ("Hassan told Reuters that "we have withdrawn"",
// "a minister told Xinhua that he met Arafat"). The medium only hears
// what it reports: it is no party of the reported clause's event.
func (s *sent) toldMedium(p np, trig node) bool {
	n, ok := s.treeNode(p.start)
	if !ok || !s.mediaNamed(s.actor(p).ActorID) {
		return false
	}
	d := s.tr
	for depth := 0; depth < maxConj && phraseRels(d.rel(n)); depth++ {
		h, ok := d.head(n)
		if !ok || !d.nominal(h) {
			return false
		}
		n = h // "told Al-Jazeera television"
	}
	if r := d.rel(n); r != "iobj" && r != "obj" {
		return false
	}
	h, ok := d.head(n)
	return ok && h != trig && d.verbal(h) && d.lemmaIn(h, s.d.lx.reporting) && inSubtree(d.words, int(trig), int(h))
}
