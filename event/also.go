package event

import "strings"

// also.go: a verb told with "also" after a named doer ("the legislators
// also criticised the ruling", "Ardena also recalled its envoy") adds
// that doer's act to one told before by another doer: the writer's own
// word that there are two doers, each acting on his own. Its mention is
// marked Mention.Also, and the merge keeps it out of an earlier
// sentence's event of its kind that none of its agents did (package
// merge, also.go). A pronoun doer ("he also met the premier") is the one
// told before; a passive subject ("three more were also wounded") names
// victims, not a doer.

// alsoWord is the adverb that adds an act to those told before.
const alsoWord = "also"

// alsoByOther reports whether the verb trigger t has "also" among its
// adverbs and an active subject that is no pronoun.
func (s *sent) alsoByOther(t *trigger) bool {
	if t.noun {
		return false
	}
	tr, n, ok := s.treeAt(t.start)
	if !ok {
		return false
	}
	also := false
	for _, a := range tr.kids(n, is("advmod")) {
		if strings.EqualFold(tr.w(a).Form, alsoWord) {
			also = true
		}
	}
	if !also {
		return false
	}
	for _, sb := range tr.kids(n, is("nsubj")) {
		if w := tr.w(sb); w.UPOS != "PRON" && (w.UPOS == "PROPN" || w.UPOS == "NOUN") {
			return true
		}
	}
	return false
}
