package event

// asstatus.go: a participle that tells the status a verb of listing or
// telling gives its subject ("was listed as killed in action by the air
// force"): the by-phrase the parse hangs on the participle is the lister's.

// asMark is the subordinator of a status participle.
var asMark = wordList("as_mark")

// statusAgentSlip reports whether the verb trigger at n is a participle
// marked "as" under a verb of listing or telling (data/modality.yaml,
// listing): "was officially listed as killed in action by the air force",
// "was reported as wounded by the army". A by-phrase the parse makes the
// participle's agent names who lists or tells, not who did the act.
func (s *syntax) statusAgentSlip(t *trigger, n node) bool {
	d := s.tr
	if t.noun || d.w(n).XPOS != "VBN" || !d.marked(n, asMark) {
		return false
	}
	h, ok := d.head(n)
	return ok && d.verbal(h) && d.lemmaIn(h, theModality.listing)
}
