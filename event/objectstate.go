package event

import "strings"

// objectstate.go: a participle the parse hangs on a state verb as the
// predicate of its object ("police found the bodies of two farmers shot
// dead", "the storm left the villagers stranded"), however long the object
// phrase: the object undergoes the participle's act, and the state verb's
// subject did not do it. stateObject's word window reads the same
// construction when the phrase is short or the parse has none.

// remainsNouns are the nouns of what is left of the dead ("the bodies of
// two farmers"): the phrase their "of" names underwent the act
// (data/words.yaml).
var remainsNouns = wordList("remains_nouns")

// statePatient returns the node of the phrase that undergoes the verb at
// n when n is a past participle the parse makes the open complement
// (xcomp; or a clause of no subject, ccomp) of a state verb (stateVerbs)
// whose direct object stands before it: that object, or the "of" phrase
// of a remains noun ("the bodies of two Kenyan farmers": the farmers).
func (s *syntax) statePatient(n node) (node, bool) {
	d := s.tr
	h, ok := d.head(n)
	if !ok || d.rel(n) != "xcomp" && d.rel(n) != "ccomp" || !stateVerbs[strings.ToLower(d.w(h).Form)] {
		return noNode, false
	}
	if len(d.kids(n, is("obj", "aux", "aux:pass", "mark", "nsubj", "nsubj:pass"))) > 0 || !s.participleForm(n) {
		return noNode, false
	}
	objs := d.kids(h, is("obj"))
	if len(objs) == 0 || objs[0] > n {
		return noNode, false
	}
	o := objs[0]
	if remainsNouns[strings.ToLower(d.w(o).Form)] {
		for _, k := range d.kids(o, is("nmod")) {
			if d.caseWord(k) == "of" {
				return k, true
			}
		}
	}
	return o, true
}

// objectState reports whether the verb trigger t is a participle whose
// patient a state verb's object tells (statePatient): p is the first name
// of that phrase, named whether it has one.
func (s *sent) objectState(t *trigger) (p np, named, ok bool) {
	n, ok := s.verbNode(t)
	if !ok {
		return np{}, false, false
	}
	o, ok := s.statePatient(n)
	if !ok {
		return np{}, false, false
	}
	if a := s.phraseActors(o, false); len(a) > 0 {
		return a[0], true, true
	}
	return np{}, false, true
}

// participleForm reports whether the verb at n is a past participle: so
// tagged, tagged as a past tense (the forms are alike: "stabbed"), or an
// irregular participle the tagger read as a present ("shot").
func (s *syntax) participleForm(n node) bool {
	w := s.tr.w(n)
	switch w.XPOS {
	case "VBN", "VBD":
		return true
	case "VBP", "VB":
		f := strings.ToLower(w.Form)
		l, ok := irregular[f]
		return ok && l != f && !strings.HasSuffix(f, "s")
	}
	return false
}
