package event

// underWay reports whether the trigger t is a present participle (a
// verb, or an adjective the lexicon reads as a noun trigger)
// modifying a noun, with no auxiliary or subject of its own ("the
// visiting premier"), or one the parse made a verb with its object
// (attributiveVisitor: "talks with visiting Dutch officers"): it tells the act as
// under way at the time of its clause, not begun then (Mention.UnderWay).
func (s *sent) underWay(t *trigger) bool {
	n, ok := s.parsedTrigger(t)
	if !ok {
		return false
	}
	tr := s.tree()
	if tr.w(n).XPOS != "VBG" {
		return false
	}
	if _, ok := s.attributiveVisitor(n); ok {
		return true // "with visiting British detectives", read as a verb with its object
	}
	if r := baseRel(tr.rel(n)); r != "amod" && r != "acl" {
		return false
	}
	return len(tr.kids(n, is("aux", "aux:pass", "nsubj", "nsubj:pass", "cop"))) == 0
}
