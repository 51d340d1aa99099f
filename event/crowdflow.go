package event

// crowdflow.go: a disaster word told of people moving in numbers
// ("immigrants flooding into Europe", "fans flooding the streets"): a
// figure of a crowd, not a flood.

// crowdFlow reports whether the disaster trigger t is read by the parse
// as a verb whose subject, or the noun its participle modifies, names
// people (personNode): "the threat of workers flooding into Europe";
// not "flooding in the valley killed ten".
func (s *sent) crowdFlow(t *trigger) bool {
	if t.e.Type != Disaster || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	d := s.tr
	if d.w(n).UPOS != "VERB" {
		return false
	}
	if baseRel(d.rel(n)) == "acl" {
		if h, ok := d.head(n); ok && s.personNode(h) {
			return true
		}
	}
	for _, k := range d.kids(n, is("nsubj")) {
		if s.personNode(k) {
			return true
		}
	}
	return false
}
