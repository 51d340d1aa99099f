package event

import "strings"

// unheadedSubject reports whether the verb trigger t, whose entry lists
// the words that must head its subject (head_subject in
// data/triggers.yaml), has no such subject in the parse, or has an
// object. The subject's head word counts, or, when the head is a name, a
// common noun compounded with it ("the space shuttle Endeavour
// exploded"), and so does the subject of the clause a verb with the
// subject "it" hangs on ("the shuttle was lost when it exploded"); a word
// that only modifies another head does not ("a car bomb exploded" is no
// car's accident), and neither does a transitive use ("rebels exploded a
// mine"); a day the parse takes for an object is none ("the schools
// reopened Wednesday").
func (s *sent) unheadedSubject(t *trigger) bool {
	if len(t.e.HeadSubject) == 0 || t.noun {
		return false
	}
	tr, n, ok := s.treeAt(t.start)
	if !ok {
		return true
	}
	for _, o := range tr.kids(n, is("obj")) {
		if !s.timeWord(o) {
			return true
		}
	}
	heads := func(c node) bool {
		w := strings.ToLower(tr.w(c).Form)
		for _, h := range t.e.HeadSubject {
			if s.d.hasLemma(w, h) {
				return true
			}
		}
		return false
	}
	subj := tr.kids(n, is("nsubj"))
	if h, ok := tr.head(n); ok && len(subj) == 1 && strings.EqualFold(tr.w(subj[0]).Form, "it") && (tr.w(n).DepRel == "advcl" || tr.w(n).DepRel == "conj") {
		// "the shuttle was lost when it exploded": the pronoun stands
		// for the subject of the clause the verb's clause hangs on
		subj = tr.kids(h, is("nsubj", "nsubj:pass"))
	}
	for _, c := range subj {
		if heads(c) {
			return false
		}
		if tr.w(c).UPOS != "PROPN" {
			continue
		}
		for _, k := range tr.kids(c, is("compound", "flat")) {
			if heads(k) {
				return false
			}
		}
	}
	return true
}

// timeWord reports whether the parse word n opens or lies in a time
// expression ("reopened Wednesday", where the parse may take the day for
// an object).
func (s *sent) timeWord(n node) bool {
	toks := s.tokensOf(n)
	return len(toks) > 0 && s.d.timexAt[toks[0]] >= 0
}
