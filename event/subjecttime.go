package event

// A time expression right after a noun embedded in a verb's subject
// describes that noun, even when the parse hangs it on the verb: "the
// trial over a bombing 15 years ago made a slow start Friday" (the
// bombing's years, the start's Friday). When the parse hangs another
// time on the same verb after it, the one inside the subject is left to
// its noun (subjectNounTime). A time right after the subject's own head
// is the verb's ("police Tuesday arrested").

// subjectNounTime reports whether the candidate c of cands, which the
// parse hangs on a verb, lies inside that verb's subject right after a
// noun the subject embeds (not its head), while another candidate hangs on
// the same verb after it. False without a parse.
func (s *syntax) subjectNounTime(c int, cands []int) bool {
	if s.tree() == nil || c-1 < s.first {
		return false
	}
	a, ok := s.attachmentOf(c)
	if !ok || !s.tr.verbal(a.head) {
		return false
	}
	tr := s.tr
	vt := s.tokensOf(a.head)
	if len(vt) == 0 || c > vt[0] {
		return false
	}
	later := false
	for _, o := range cands {
		if o <= vt[0] {
			continue
		}
		if b, ok := s.attachmentOf(o); ok && b.head == a.head {
			later = true
		}
	}
	if !later {
		return false
	}
	prev, ok := s.treeNode(c - 1)
	if !ok || tr.w(prev).UPOS != "NOUN" && tr.w(prev).UPOS != "PROPN" {
		return false
	}
	for _, subj := range tr.kids(a.head, is("nsubj", "nsubj:pass")) {
		if prev != subj && tr.within(prev, subj) {
			return true
		}
	}
	return false
}
