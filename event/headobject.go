package event

import "strings"

// documentContent returns what an object that is a document or an
// arrangement (data/headlines.yaml document_nouns: a resolution, a
// decree, a law, an agreement) or an aim (aim_nouns: a plan, measures)
// says or is for, from its own phrase, for a headline that would
// otherwise read generic ("adopted a resolution calling on the
// government to ...", "approved measures to force landowners to renew
// leases", "announced plans for 18 exhibition centres", "signed an
// agreement on the environment"): its
// "to" infinitive; else its participle clause with the participle's
// object or its first prepositional phrase ("calling on Bush's
// administration"); else its phrase of document_cases ("on the
// environment"); else "". A relative clause ("a decree which halts
// payments") gives nothing: only participle clauses are told.
func (h *head) documentContent(v, o node, budget int) string {
	d, hw := h.s.tr, theHeadWords
	if o == noNode {
		return ""
	}
	lw := strings.ToLower(d.w(o).Form)
	if !hw.documentNouns[lw] && !hw.aimNouns[lw] {
		return ""
	}
	if x := h.infinitive(o); strings.HasPrefix(x, "to ") {
		return x
	}
	for _, x := range d.kids(o, is("acl")) {
		w := d.w(x)
		if x < o || w.XPOS != "VBG" || commaBetween(d, o, x) && !hw.documentNouns[lw] {
			continue
		}
		form := strings.ToLower(w.Form)
		if mw := d.markWord(x); mw != "" {
			form = mw + " " + form // "the refusal of deploying a force": "refusal of deploying force"
		}
		for _, p := range d.kids(x, is("compound:prt")) {
			if p == x+1 {
				form += " " + strings.ToLower(d.w(p).Form) // "a plan for setting up a tribunal"
			}
		}
		for _, c := range d.kids(x, is("obj")) {
			if text, _ := h.phrase(c, false); text != "" && !h.isTime(c) {
				return fitted(form+" "+text, h.infinitiveAfter(x, c), budget)
			}
			return ""
		}
		for _, c := range d.kids(x, is("obl")) {
			cw := d.caseWord(c)
			if cw == "" || c < x || h.isTime(c) || h.timeLike(c) || !d.nominal(c) {
				continue
			}
			if text, _ := h.phrase(c, false); text != "" {
				return fitted(form+" "+cw+" "+text, h.infinitiveAfter(x, c), budget) // "calling on the government to act"
			}
			return ""
		}
	}
	last := o // the object's last word
	for int(last)+1 < len(d.words) && d.within(last+1, o) {
		last++
	}
	first := func(c node) node { // the phrase's first word
		k := c
		for k > 0 && d.within(k-1, c) {
			k--
		}
		return k
	}
	cases := append(d.kids(o, is("nmod")), d.kids(v, is("obl"))...)
	for i, c := range cases {
		if d.rel(c) == "obl" && first(c) != last+1 {
			continue // a phrase of the verb's is the object's only right after it ("dropped plans for a party")
		}
		if i > 0 && d.rel(c) == "nmod" && cases[i-1] > o {
			break // only the object's first phrase says what it is for ("the move by the president ...")
		}
		if cw := d.caseWord(c); hw.documentCases[cw] && c > o && !h.isTime(c) && !h.timeLike(c) && !commaBetween(d, o, c) {
			if text, _ := h.phrase(c, false); text != "" && !hw.vague[text] {
				return cw + " " + text
			}
		}
	}
	for _, x := range d.kids(v, is("advcl")) {
		if first(x) == last+1 && hasMark(d, x, "to") && d.w(x).UPOS == "VERB" {
			// "approved measures to force landowners to renew leases"
			// parsed as the verb's purpose, right after the object
			if inf := h.infinitive(v); strings.HasPrefix(inf, "to ") {
				return inf
			}
		}
	}
	return ""
}

// contentBudget returns how many characters what an object says
// (documentContent) may take after the subject, the verb, the object and
// the place still to come, within a headline's maxTitleChars: a longer
// one would be cut at a phrase boundary, and read truncated.
func (h *head) contentBudget(subj, verb, object string) int {
	used := len(subj) + 1 + len(verb) + 1 + len(object) + 1
	if loc := h.m.Location; loc != "" && !h.used[loc] {
		used += len(" in ") + len(h.s.name(loc))
	}
	return maxTitleChars - used
}

// infinitiveAfter returns, with a space before it, the "to" infinitive
// of the participle at x that follows its phrase at c ("urging the
// parliament to review the law"), else "".
func (h *head) infinitiveAfter(x, c node) string {
	for _, y := range h.s.tr.kids(x, is("xcomp", "advcl")) {
		if inf := h.infinitive(x); y > c && strings.HasPrefix(inf, "to ") {
			return " " + inf
		}
	}
	return ""
}

// fitted returns text with more after it when both fit in budget
// characters, else text alone.
func fitted(text, more string, budget int) string {
	if len(text)+len(more) <= budget {
		return text + more
	}
	return text
}
