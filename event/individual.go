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
// given name: a singular noun of individualNouns after an indefinite
// determiner ("a US congressman", "another Kenyan diplomat"), with no name
// of its own (no flat or appositive name).
func (s *syntax) unnamedIndividual(n node) bool {
	d := s.tr
	w := d.w(n)
	// the plural's own form is in no list; the tagger's lemma may be missing
	if w.UPOS != "NOUN" || !individualNouns[strings.ToLower(w.Form)] || w.XPOS == "NNS" || strings.Contains(w.Feats, "Number=Plur") {
		return false
	}
	if len(d.kids(n, nameRels)) > 0 {
		return false
	}
	for _, k := range d.kids(n, is("det")) {
		if indefiniteDeterminers[strings.ToLower(d.w(k).Form)] {
			return true
		}
	}
	return false
}

// nationalityOfIndividual reports whether the country phrase p only
// modifies a noun naming one unnamed person ("a US congressman", "another
// Kenyan diplomat"; unnamedIndividual): the person's nationality, no
// participant.
func (s *syntax) nationalityOfIndividual(p np) bool {
	if s.actor(p).Kind != actor.Country {
		return false
	}
	n, ok := s.treeNode(p.end - 1)
	if !ok {
		return false
	}
	d := s.tr
	if r := d.rel(n); r != "amod" && r != "compound" {
		return false
	}
	h, ok := d.head(n)
	return ok && s.unnamedIndividual(h)
}
