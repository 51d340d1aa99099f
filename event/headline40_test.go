package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleObjectOwnerName checks that an object noun keeps the name that
// says whose it is or what it is done to, given as a possessive ("hailed
// Brenner's appointment") or as an "of" phrase ("condemned the annexation
// of Norland"), never the bare "hails appointment"; a counted group of
// people, a name with conjuncts and a name the parse ends inside a longer
// phrase are no such name.
func TestTitleObjectOwnerName(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:norland", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Otto Lind", "person:otto-lind", actor.Person, false},
	}, []headlineCase{
		{"Otto Lind on Monday praised Brenner's appointment.", "praised", "Otto Lind praises Brenner's appointment"},
		{"Otto Lind on Monday welcomed the release of Karl Brenner.", "welcomed", "Otto Lind welcomes release of Karl Brenner"},
		{"Otto Lind condemned the annexation of Norland on Tuesday.", "condemned", "Otto Lind condemns annexation of Norland"},
		{"Otto Lind vowed not to repeat the politics of \"Bert and Ernie,\" two puppet characters.", "vowed", "Otto Lind vows not to repeat politics"},
		{"A blaze forced the closure of Norland's Vega I and Vega II power stations early Friday.", "blaze", "Blaze forces closure"},
	})
}
