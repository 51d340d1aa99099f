package event

// The noun trigger a verb trigger of its type takes in the parse as its
// object, or as the occasion it was done in, names the verb's own act:
// "the two sides agreed the Oslo accord" (a name between the verb and its
// object), "the cuts agreed in the March accord between the unions and the
// board", "the delegates discussed the budget at the talks". mergeObjects
// (triggers.go) folds the noun into the verb, as it folds an object the
// words right after the verb head.

// treeObject reports whether the noun trigger n heads, in the parse, the
// direct object of the verb trigger v, or an oblique of it marked by one of
// occasionCases (timetree.go) and naming no time.
func (s *sent) treeObject(v, n *trigger) bool {
	tr, vn, ok := s.treeAt(v.start)
	if !ok || v.end-v.start != 1 {
		return false
	}
	nn, ok := s.triggerNode(n)
	if !ok {
		return false
	}
	if h, ok := tr.head(nn); !ok || h != vn {
		return false
	}
	switch tr.rel(nn) {
	case "obj":
		return true
	case "obl":
		// a violent act told in the course of another ("a car exploded
		// during an air strike") is left to the merge, which joins
		// attacks by day and place and keeps each mention's sides
		return occasionCases[tr.caseWord(nn)] && !s.timeNode(nn) && !violentTypes[v.e.Type]
	}
	return false
}
