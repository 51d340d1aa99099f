package event

import "strings"

// nounThatClause returns the content clause of the common noun at o
// (content_nouns, or an account of modality.yaml accounts), the object
// of a headline's verb, told as a headline tells a reported clause: the
// clause its "that" opens, whose own subject follows ("denied
// reports that the deal was close" → "denies reports deal is close",
// "ruled out the possibility that a drone was shot down" → "rules out
// possibility drone shot down"), by the rules of saidClause or in its own
// words (plainContent) within maxStanceClauseChars; the clause's parse torn
// (its verb hung elsewhere), the words after a "that" right after the
// noun. "" for a noun neither list names ("the plans that the
// cabinet approved" is a relative clause, whatever the parse), a relative
// clause (its "that" a pronoun) and a noun naming an actor or people
// ("warned the residents that ...": the clause is the verb's).
func (h *head) nounThatClause(o node) string {
	d := h.s.tr
	if o == noNode || d.w(o).UPOS != "NOUN" || h.isActorWord(o) || h.s.personNode(o) || !theHeadWords.contentNouns[strings.ToLower(d.w(o).Form)] && !d.lemmaIn(o, theModality.accounts) {
		return ""
	}
	for _, x := range d.kids(o, is("acl", "ccomp")) {
		if x < o || d.markWord(x) != "that" || len(d.kids(x, is("nsubj", "nsubj:pass"))) == 0 {
			continue
		}
		return cmpOr(h.saidClause(x, true), h.plainContent(x, maxStanceClauseChars))
	}
	if k := o + 1; int(k)+1 < len(d.words) && strings.EqualFold(d.w(k).Form, "that") && d.w(k).UPOS == "SCONJ" {
		return h.plainClause(k+1, node(len(d.words)), maxStanceClauseChars)
	}
	return ""
}
