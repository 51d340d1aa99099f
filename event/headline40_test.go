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

// TestTitleStruckByDisaster checks that a disaster told as the "by"
// phrase of a passive verb of striking hits what the passive's subject
// names ("Strong earthquake hits Norland"), never the bare "hits"; a verb
// that is none (strike_verbs: "affected") leaves the title as it was.
func TestTitleStruckByDisaster(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Norland", "country:norland", actor.Country, false}}, []headlineCase{
		{"Eastern Norland was struck by a strong earthquake on Friday, but no damage was reported.", "earthquake", "Strong earthquake hits Norland"},
		{"The fishing village was battered by a powerful typhoon on Friday.", "typhoon", "Powerful typhoon hits fishing village"},
		{"Officials counted the farms affected by a powerful typhoon on Friday.", "typhoon", "Powerful typhoon hits"},
	})
}

// TestTitleCatenatedObjectAct checks that an infinitive told after its
// verb's object, what that object does ("to allow more young families to
// take up housing"), is never chained to the verb without the object
// ("calls on towns to allow to take housing"): it is said whole, in its
// own words (plainInfinitive).
func TestTitleCatenatedObjectAct(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"A senior planner has called on towns to allow more young families to take up housing.", "called", "Senior planner calls on towns to allow more young families to take up housing"},
	})
}
