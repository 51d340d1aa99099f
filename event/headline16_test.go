package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleSmallClauseNamed checks that a verb of calling whose object is
// a noun or a name, people too, keeps what the object is called, in the
// quotes the text gives it ("called the envoys \"cowards\"" → "Karl
// Brenner calls Sudrian envoys \"cowards\""), an adjective with its adverb
// and a noun the parse takes for the object's apposition alike, never the
// type's "issues statement"; a pronoun object still reads as the type's
// phrase ("declared him a traitor").
func TestTitleSmallClauseNamed(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, true},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{`Karl Brenner called the rebel leaders "criminals" on Sunday.`, "called", `Karl Brenner calls rebel leaders "criminals"`},
		{`Karl Brenner called the new budget "extremely dangerous" for the economy.`, "called", `Karl Brenner calls budget "extremely dangerous"`},
		{`Norland has called the referendum a "turning point" for the province.`, "called", `Norland calls referendum "turning point"`},
		{`Karl Brenner called the merger "the bargain of the decade".`, "called", `Karl Brenner calls merger "the bargain of the decade"`},
		{"Karl Brenner declared him a traitor.", "declared", "Karl Brenner issues statement"},
	})
}
