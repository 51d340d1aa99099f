package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// tradedplace.go: a place named on what a market trades ("New York's main
// contract", "New York crude oil futures", "Brent North Sea crude") tells
// where it is traded or drawn from, not who moves its price: a market move
// has no doer there, and the place is no party of it.

// tradedNouns name commodities and their contracts (data/words.yaml).
var tradedNouns = wordList("traded_nouns")

// tradedPlace reports whether the phrase p names a place (no state) that
// modifies a traded noun in the parse, as a possessor, a compound or an
// adjective.
func (s *sent) tradedPlace(p np) bool {
	if s.actor(p).Kind != actor.Place {
		return false
	}
	n, ok := s.treeNode(p.end - 1)
	if !ok {
		return false
	}
	if r := s.tr.rel(n); r != "nmod:poss" && r != "compound" && r != "amod" {
		return false
	}
	h, ok := s.tr.head(n)
	return ok && tradedNouns[strings.ToLower(s.tr.w(h).Form)]
}
