package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitlePartPhrase checks that an object naming a part or a hold keeps
// what it is part of, its "of" or "in" phrase, even with its own figure
// ("captures one third of province", "buys 10 percent stake in Borland"),
// whether the parse hangs the phrase on the noun or on the verb; and that
// a singular part counting a plural subject is left as the text's own
// phrase, its verb agreeing with what it counts.
func TestTitlePartPhrase(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Acme", "org:acme", actor.Organization, false},
		{"Borland", "org:borland", actor.Organization, false},
	}, []headlineCase{
		{"Rebels captured one third of the province on Monday.", "captured", "Rebels capture one third of province"},
		{"Acme agreed to purchase a 12 percent stake in Borland on Monday.", "purchase", "Acme purchases 12 percent stake in Borland"},
		{"Armed men ambushed three members of its staff on Monday.", "ambushed", "Armed men ambush three members of staff"},
		{"About 59 percent of eligible voters cast ballots last January.", "ballots", "59 percent of eligible voters cast ballots"},
	})
}
