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

// marketNouns name a market or what trades on it as a whole, and
// marketMeasureNouns the prices and indices that are a market's when a
// market or traded noun compounds them ("share prices", "gold prices",
// "the stock index") (data/words.yaml).
var (
	marketNouns        = wordList("market_nouns")
	marketMeasureNouns = wordList("market_measure_nouns")
)

// marketPlace reports whether the phrase p names a place or a state that
// modifies a market noun in the parse, as a possessor, a compound or an
// adjective ("Hong Kong stocks", "Australian share prices", "the Malaysia
// stock market", "Malaysia's key stock index"): where the market trades, not
// who moves it.
func (s *sent) marketPlace(p np) bool {
	if k := s.actor(p).Kind; k != actor.Place && k != actor.Country {
		return false
	}
	n, ok := s.treeNode(p.end - 1)
	if !ok {
		return false
	}
	// a name's last word may hang flat under its first ("Hong Kong
	// stocks": Kong under Hong, Hong the compound of stocks)
	for s.tr.rel(n) == "flat" {
		if n, ok = s.tr.head(n); !ok {
			return false
		}
	}
	if r := s.tr.rel(n); r != "nmod:poss" && r != "compound" && r != "amod" {
		return false
	}
	h, ok := s.tr.head(n)
	if !ok {
		return false
	}
	head := strings.ToLower(s.tr.w(h).Form)
	if marketNouns[head] {
		return true
	}
	if !marketMeasureNouns[head] {
		return false
	}
	for _, c := range s.tr.kids(h, is("compound")) {
		if f := strings.ToLower(s.tr.w(c).Form); marketNouns[f] || tradedNouns[f] {
			return true
		}
	}
	return false
}
