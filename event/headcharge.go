package event

// passiveCharge returns, with a leading space, what the patient of an
// agentless passive verb of charging at n (data/headlines.yaml
// charge_verbs) is accused of, charged with or blamed for: the gerund
// clause chargeClause finds ("was charged with taking bribes" → " with
// taking bribes"), else the oblique charge finds ("was accused of fraud"
// → " of fraud", "the blasts were blamed on rebels" → " on rebels"); else
// "". A headline of the bare participle ("Senator charged", "Minister
// accused") loses what the act is. Its noun phrases are bounded as every
// object's (maxPhraseWords), the title as every title (maxTitleChars,
// shorten).
func (h *head) passiveCharge(n node, base string) string {
	if !theHeadWords.chargeVerbs[base] || h.sentencedTo(n, base) != "" {
		// a sentence told says the verdict ("sentenced to death"), its
		// charge after it would read "sentenced on crimes to death"
		return ""
	}
	if g := h.chargeClause(n); g != "" {
		return " " + g
	}
	return h.charge(n, base)
}

// triggerCharge returns, with a leading space, what the patient of the
// verb of charging of trigger t is accused of or blamed for
// (chargeClause: "a letter accused the minister of taking bribes" → " of
// taking bribes"), for a title that names the patient alone ("Minister
// accused"); else "".
func (s *sent) triggerCharge(t *trigger, m *Mention) string {
	if s.tree() == nil {
		return ""
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return ""
	}
	h := &head{s: s, m: m, used: map[string]bool{}, event: n}
	if !theHeadWords.chargeVerbs[h.verbBase(n)] {
		return ""
	}
	if g := h.chargeClause(n); g != "" {
		return " " + g
	}
	return ""
}

// ownComplement returns, with a leading space, the phrase the event's
// own noun at n needs when it is one of complement_nouns ("opened an
// investigation into the collapse of the bridge" → " into collapse of
// bridge", "held talks with the rebels" → " with rebels"), within
// maxPhraseWords with the noun, its own modifier or, the parse hanging it
// on the noun's verb, an oblique of that verb right after the noun; else
// "". Its bare noun ("Police open investigation") says nothing of what is
// looked into.
func (h *head) ownComplement(n node) string {
	d := h.s.tr
	cands := d.kids(n, is("nmod"))
	if v, ok := d.head(n); ok && d.rel(n) == "obj" {
		for _, c := range d.kids(v, is("obl")) {
			if c > n && !commaBetween(d, n, c) {
				cands = append(cands, c)
			}
		}
	}
	if more := h.complementIn(n, cands); len(more) > 0 {
		return " " + h.join(h.hyphenated(more))
	}
	return ""
}
