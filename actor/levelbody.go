package actor

import "strings"

// levelbody.go: a body of a place named by its level and kind before the
// place ("the provincial government of Punjab", "the city council in
// Lahore"; data/lexicon.yaml local_levels, local_bodies, org_heads): an organization
// of its own, of the place's country, where it was no actor. Without a
// level ("the government in Kabul") the words name the state, as before.

// levelBodyOf recognizes at item p a lower-case level word, a body word
// (local_bodies, or an org_heads word in lower case: "council"),
// "of" or "in" and a place's name (a capitalized run, or a known place,
// not a country) right after: a candidate of an organization over the
// whole phrase.
func (r *recognizer) levelBodyOf(p int) (int, bool) {
	its := r.its
	if p+3 >= len(its) || its[p].kind != itemOther || its[p+1].kind != itemOther {
		return p, false
	}
	lex := r.g.lex
	body := its[p+1].key
	if !lex.localLevels[its[p].key] || !(lex.localBodies[body] || lex.orgHeads[body] && !isCapitalized(r.toks[its[p+1].first].Text)) ||
		isCapitalized(r.toks[its[p].first].Text) && !r.opensSentence(p) {
		return p, false
	}
	prep := its[p+2]
	if prep.kind != itemOther || prep.last-prep.first != 1 {
		return p, false
	}
	if w := strings.ToLower(r.toks[prep.first].Text); w != "of" && w != "in" {
		return p, false
	}
	place := its[p+3]
	if place.first != prep.last {
		return p, false
	}
	affil, end := "", p+4
	switch place.kind {
	case itemEntity:
		e := r.g.entry(place.ids[0])
		if e == nil || e.Kind != Place {
			return p, false // "the federal government of Canada": the state
		}
		if strings.HasPrefix(e.Affiliation, "country:") {
			affil = e.Affiliation
		}
	case itemCap:
		// a place the resolver knows or not ("Lahore", "Punjab")
		if end = r.capEnd(p+3, false); end < len(its) && r.g.lex.placeHeads[its[end].key] {
			end++ // "the provincial government of Punjab province"
		}
	default:
		return p, false
	}
	r.emit(candidate{kind: candOrg, first: its[p].first, last: its[end-1].last, affil: affil}, end)
	return end, true
}
