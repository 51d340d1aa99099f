package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// individual.go (grammar): a country before a noun naming one unnamed
// person ("a US congressman pleaded guilty", "another US diplomat was
// suspended", "found a Jamaican man guilty") tells the person's
// nationality; the person acts or undergoes the act, not the state.

// individualNouns and indefiniteDeterminers are in data/words.yaml.
var (
	individualNouns       = wordList("individual_nouns")
	indefiniteDeterminers = wordList("indefinite_determiners")
)

// unnamedIndividual reports whether the noun at n names one person of no
// given name: a singular noun of individualNouns (or a privatePerson) after an indefinite
// determiner ("a US congressman", "another Kenyan diplomat") or, with an
// adjective of nationality, "the" ("the Serbian defender was found
// guilty": one person the article has in mind, still not the state), with
// no name of its own (no flat or appositive name).
func (s *syntax) unnamedIndividual(n node) bool {
	d := s.tr
	w := d.w(n)
	// the plural's own form is in no list; the tagger's lemma may be missing
	if lw := strings.ToLower(w.Form); w.UPOS != "NOUN" || !individualNouns[lw] && !s.privatePerson(lw) || w.XPOS == "NNS" || strings.Contains(w.Feats, "Number=Plur") {
		return false
	}
	if len(d.kids(n, nameRels)) > 0 {
		return false
	}
	for _, k := range d.kids(n, is("det")) {
		if f := strings.ToLower(d.w(k).Form); indefiniteDeterminers[f] || f == "the" && s.demonymModified(n) {
			return true
		}
	}
	return false
}

// demonymModified reports whether the noun at n has an adjective of
// nationality ("the Serbian defender", "the Somali engineer" the tagger
// may read as a name), not a place name ("the Moscow mayor": the city's,
// who acts for it).
func (s *syntax) demonymModified(n node) bool {
	d := s.tr
	for _, k := range d.kids(n, is("amod", "compound")) {
		if w := d.w(k); (w.UPOS == "ADJ" || w.UPOS == "PROPN") && demonym(w.Form) {
			return true
		}
	}
	return false
}

// privatePerson reports whether the lower-case singular noun w names a
// person by WordNet ("barmaid", "nun", "engineer") who holds no office
// and serves no party (titles, partyNouns, agentNouns, individualNouns'
// comment): such a person acts or suffers for themself.
func (s *syntax) privatePerson(w string) bool {
	return personWord(w) && !titles[w] && !s.d.lemmaIn(w, partyNouns) && !agentNouns[w] && !agentNouns[w+"s"] && !groupNouns[w]
}

// individualReach is how many adjectives may stand between a country
// and the noun of one person it qualifies ("a Jamaican young man").
const individualReach = 2

// nationalityOfIndividual reports whether the country phrase p only
// qualifies a noun naming one unnamed person ("a US congressman", "another
// Kenyan diplomat"): by the tree (a compound or adjective of an
// unnamedIndividual noun) or, where the parse hangs the words elsewhere
// ("found a Jamaican man guilty" read as "man guilty"), by the words: an
// indefinite determiner right before p and, past at most individualReach
// adjectives, a singular noun of individualNouns. It is the person's
// nationality, no participant.
func (s *syntax) nationalityOfIndividual(p np) bool {
	if s.actor(p).Kind != actor.Country {
		return false
	}
	if _, ok := s.treeNode(p.end - 1); !ok {
		return false
	}
	if h, ok := s.countryModified(p, true); ok && s.unnamedIndividual(h) {
		return true
	}
	if !indefiniteDeterminers[s.word(p.start-1)] {
		return false
	}
	for j := p.end; j <= p.end+individualReach; j++ {
		k, ok := s.treeNode(j)
		if !ok {
			return false
		}
		w := s.tr.w(k)
		if w.UPOS == "ADJ" {
			continue
		}
		return w.UPOS == "NOUN" && individualNouns[s.word(j)] && w.XPOS != "NNS"
	}
	return false
}
