package event

// joined.go (grammar): "Roe joined Doe in signing the accord": the subject
// of a joining verb and its object, the partner it joins, both do the act
// of the -ing clause its "in" marks (data/words.yaml joining_verbs,
// joined_gerund_marks).

var (
	joiningVerbs      = wordList("joining_verbs")
	joinedGerundMarks = wordList("joined_gerund_marks")
)

// joinedGerund reports whether the -ing clause at n, hung on the verb h,
// tells what the subject of a joining verb does with its partner.
func (s *syntax) joinedGerund(n, h node) bool {
	d := s.tr
	return d.w(n).XPOS == "VBG" && s.markedBy(n, joinedGerundMarks) && d.lemmaIn(h, joiningVerbs)
}

// joinedDoers returns the actors of the joining verb h's subject and then
// of its object ("Roe joined Doe in signing": Roe, Doe), and whether the
// subject names any.
func (s *syntax) joinedDoers(h node) ([]np, bool) {
	subj, pass, ok := s.treeSubject(h)
	if !ok || pass {
		return nil, false
	}
	out := append([]np(nil), subj...)
	for _, o := range s.tr.kids(h, is("obj")) {
		out = append(out, s.phraseActors(o, false)...)
	}
	return out, true
}
