package actor

// bodyjoint.go: one body named by two of its fields joined by "and" or
// "&" ("the State Planning and Pricing Commission", "the Census &
// Statistics Department", "the Ruritanian Social and Liberal Party"): the
// whole run is its name, not the part after the joint, which would be
// another body of that shorter name ("Liberal Party", "Security Council").
// Two names joined ("Hamas and Fatah", "the Finance Ministry and Central
// Bank", "the United Nations and Arab League") stay two: the word before
// the joint must be a capitalized common word that heads or ends no name
// of its own.

// bodyJoint reports whether the item q inside a run of capitalized items
// from p is a joint (data/lexicon.yaml, body_joints) after a field word
// (fieldWord) and before a run that, with connectors, ends in an
// organization's head word (data/lexicon.yaml, org_heads); it returns the
// end of that run.
func (r *recognizer) bodyJoint(p, q int) (int, bool) {
	its := r.its
	if q <= p || q+1 >= len(its) || !r.jointAt(q) {
		return q, false
	}
	if !r.fieldWord(q - 1) {
		return q, false
	}
	if k := its[q+1].kind; k != itemCap && k != itemEntity {
		return q, false
	}
	e := r.capEnd(q+1, true)
	if !r.headEnd(e) {
		return q, false
	}
	return e, true
}

// fieldWord reports whether item i is one capitalized word WordNet knows in
// lower case ("Planning", "Statistics", "Social") that is no head, suffix or
// institution word of a name of its own ("Ministry", "Corp.", "Congress").
func (r *recognizer) fieldWord(i int) bool {
	it, l := r.its[i], r.g.lex
	if it.kind != itemCap || it.last-it.first != 1 {
		return false
	}
	w := r.toks[it.first].Text
	if !isCapitalized(w) || isAllCaps(w) || l.orgHeads[it.key] || l.corpSuffixes[it.key] || l.institutionWords[it.key] || l.localBodies[it.key] {
		return false
	}
	return commonWord(w)
}

// headEnd reports whether the item before end, a capitalized word or a
// known name, ends in an organization's head word ("Commission", the
// "Council" of "Security Council").
func (r *recognizer) headEnd(end int) bool {
	if end <= 0 {
		return false
	}
	it := r.its[end-1]
	if it.kind != itemCap && it.kind != itemEntity {
		return false
	}
	return r.g.lex.orgHeads[r.keys[it.last-1]]
}

// jointRun reports whether items (p, end) hold a joint of body_joints: a
// run bodyJoint joined ("AU Peace and Security Council", whose end is a
// known name's head word).
func (r *recognizer) jointRun(p, end int) bool {
	for q := p + 1; q < end; q++ {
		if r.jointAt(q) {
			return true
		}
	}
	return false
}

// jointAt reports whether item q is one word of body_joints ("and", "&")
// standing alone.
func (r *recognizer) jointAt(q int) bool {
	it := r.its[q]
	return it.kind == itemOther && it.last-it.first == 1 && r.g.lex.bodyJoints[fold(r.toks[it.first].Text)]
}
