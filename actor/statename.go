package actor

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// nameBeforeState recognizes the capitalized items [p, end) written right
// before a state's name when the words and the state's name are one name
// that is not the state:
//   - a region of the state, when every word is a region word or a
//     direction (data/lexicon.yaml, region_words and directions: "Inner
//     Mongolia", "Southwest Borduvia"), or with a place suffix after the
//     state's name that place ("East Borduvia Sea"): a place where things
//     happen, never the state acting;
//   - an organization named after its country, when the language core's
//     name finder names exactly the words and the state's name as one name
//     and no word describes the state itself (stateModifier): "Telekom
//     Borduvia raised its prices", "Radio Borduvia reported", a company, a
//     broadcaster or an agency of the state's, not the state.
//
// It returns the item after the state's name.
func (r *recognizer) nameBeforeState(p, end int) (int, bool) {
	its := r.its
	if end >= len(its) || its[end].kind != itemEntity || its[end].first != its[end-1].last {
		return p, false
	}
	state := r.g.entry(its[end].ids[0])
	if state.Kind != Country {
		return p, false
	}
	first, last := its[p].first, its[end].last
	region := true
	for q := p; q < end; q++ {
		region = region && its[q].last-its[q].first == 1 && (r.g.lex.regionWords[its[q].key] || r.g.lex.directions[its[q].key])
	}
	if region {
		next := end + 1
		if next < len(its) && its[next].kind == itemCap && its[next].first == last && r.g.lex.placeSuffixes[its[next].key] {
			last, next = its[next].last, next+1 // "East Borduvia Sea": the place the suffix names
		}
		r.emit(candidate{kind: candPlace, first: first, last: last, location: true}, next)
		return next, true
	}
	for t := first; t < its[end].first; t++ {
		if r.stateModifier(t) {
			return p, false
		}
	}
	if r.nameKind(first, last) == "" {
		return p, false
	}
	r.emit(candidate{kind: candOrg, first: first, last: last, affil: state.ID}, end+1)
	return end + 1, true
}

// stateModifier reports whether the capitalized token t, before a state's
// name, may describe the state rather than begin another name: a creed
// (data/lexicon.yaml, party_creeds: "Buddhist Borduvia"), a word WordNet
// knows as a person in any sense ("Underdog Borduvia", "Host Borduvia",
// "Communist Borduvia": the state as its side or its regime) or as mostly
// an adjective ("Imperial Borduvia").
func (r *recognizer) stateModifier(t int) bool {
	if r.g.lex.partyCreeds[r.keys[t]] {
		return true
	}
	w := strings.ToLower(r.toks[t].Text)
	if wordnet.MostlyAdjective(w) {
		return true
	}
	for _, c := range wordnet.SensesOfForm(w) {
		if c == wordnet.Person {
			return true
		}
	}
	return false
}
