package actor

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/wordnet"
	"github.com/chronograph-news/chronograph/token"
)

// peoplenoun.go: persons a story names by their country and what they are
// ("a Spanish businessman was charged", "an Ethiopian maid was killed",
// "the 23-year-old Spaniard"): one or more of that country's people, never
// the state, and never no actor: a demonym that is a noun for persons is
// the country's people (agent:ISO:people), a demonym and a person noun an
// actor of that country per noun (agent:ESP:businessman), named by its
// own words, not by another noun's ("a Saudi man" is not "Saudi guides"). The nouns that
// stand for the state after a demonym ("Spanish diplomats", "the French
// counterpart") stay the country's: Phoenix's state codes
// (data/phoenix.yaml state_codes) and data/lexicon.yaml state_persons.

// personDemonym reports whether item p is a demonym that is a noun for
// persons only (data/lexicon.yaml person_demonyms: "Briton", "Spaniards").
func (r *recognizer) personDemonym(p int) bool {
	it := r.its[p]
	return it.kind == itemDemonym && r.g.lex.personDemonyms[it.key]
}

// personNoun recognizes, after the demonym at item p, a lower-case common
// noun WordNet knows first as a person ("businessman", "tourists",
// "maid", "men"; of the lexicon's titles, only those written in lower case that
// name no office: "journalist", "professor"), or a noun of
// data/lexicon.yaml people_groups ("companies", "factions", "Islamists"),
// that ends its phrase: a candidate of the demonym's country's
// people over both words. A noun of the state (stateNoun), a noun before
// another noun ("Spanish tourist industry") or before a capitalized word
// (a name: "Spanish businessman Juan Ortiz", whose title rules hold), a
// stopword or a word of person_ends ("Palestinians have": WordNet's "a
// have" is a person) is none; so is any noun after a demonym that is a
// noun itself ("Serbs", "Britons"), and a demonym a hyphen joins to the
// word before it ("anti-Syrian journalists" are no Syrians).
func (r *recognizer) personNoun(p int, country string) (int, bool) {
	its := r.its
	n := p + 1
	if its[p].kind != itemDemonym || r.pluralDemonym(p) || r.personDemonym(p) || n >= len(its) || its[n].first != its[p].last ||
		its[n].last-its[n].first != 1 {
		return p, false
	}
	group := r.g.lex.peopleGroups[its[n].key] // "Ardenian companies", "Ardenian Islamists"
	if k := its[n].kind; k != itemOther && k != itemTitle && !(group && k == itemCap) {
		return p, false
	}
	if f := its[p].first; f > r.start && joiningMarks[r.toks[f-1].Text] && r.toks[f-1].End == r.toks[f].Start {
		return p, false // "anti-Syrian journalists": not Syria's
	}
	w := r.toks[its[n].first].Text
	if r.toks[its[n].first].Kind != token.Word || r.g.lex.stopwords[fold(w)] || r.g.lex.personEnds[its[n].key] ||
		!group && (isCapitalized(w) || r.stateNoun(its[n].key) || !personForm(strings.ToLower(w))) {
		return p, false
	}
	if its[n].kind == itemTitle && (its[n].title == "" || isCapitalized(its[n].title)) {
		return p, false // "a French general": a rank, told by the title rules
	}
	if !r.phraseEnds(its[n].last) {
		return p, false
	}
	// one actor per noun: "a Saudi man" is not the story's "Saudi guides"
	id := AgentPrefix + strings.TrimPrefix(country, "country:") + ":" + slug(strings.ToLower(w))
	r.emit(candidate{kind: candAgent, first: its[p].first, last: its[n].last, ids: []string{id}, affil: country, sector: peopleSector}, n+1)
	return n + 1, true
}

// personForm reports whether WordNet knows the lower-case word form, or
// its singular ("businessmen": "businessman"), first as a person.
func personForm(w string) bool {
	if c, ok := wordnet.NounOfForm(w); ok && c == wordnet.Person {
		return true
	}
	for _, e := range [][2]string{{"men", "man"}, {"women", "woman"}, {"s", ""}} {
		if stem, ok := strings.CutSuffix(w, e[0]); ok && stem+e[1] != "" { // "men" itself: "man"
			if c, ok := wordnet.Noun(stem + e[1]); ok && c == wordnet.Person {
				return true
			}
		}
	}
	return false
}

// stateNoun reports whether the word of key k, after a demonym, stands for
// the state: a name of an agent of Phoenix's state codes or a word of
// state_persons.
func (r *recognizer) stateNoun(k string) bool {
	return r.g.lex.statePersons[k] || r.g.px != nil && r.g.px.stateNames[k]
}

// phraseEnds reports whether the noun phrase ends before token t: the
// sentence's end, a punctuation mark that joins no words, a word of
// person_ends ("was", "who", "killed") or a lower-case word WordNet knows
// as no noun.
func (r *recognizer) phraseEnds(t int) bool {
	if t >= r.last {
		return true
	}
	tok := r.toks[t]
	if tok.Kind == token.Punct {
		return !joiningMarks[tok.Text]
	}
	if tok.Kind != token.Word || isCapitalized(tok.Text) {
		return false
	}
	if r.g.lex.personEnds[nameKey(tok.Text)] {
		return true
	}
	return len(wordnet.SensesOfForm(strings.ToLower(tok.Text))) == 0
}
