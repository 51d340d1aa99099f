package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestStateNounConjoined checks that a bare "the government" conjoined
// with another party still stands for the state the story names most:
// "the government and the rebels began talks" has both sides, in either
// order, as "the government began talks" has the state.
func TestStateNounConjoined(t *testing.T) {
	extra := []ent{{"Ruritania", "country:RUR", actor.Country, false}}
	lead := "Ruritania closed its border. Ruritania blamed the rebels. "
	checkRolesWith(t, extra, []roleCase{
		{lead + "The government and the rebels began fresh talks on Monday.", "talks", "agent=agent:-:rebels agent=country:RUR"},
		{lead + "The rebels and the government began fresh talks on Monday.", "talks", "agent=agent:-:rebels agent=country:RUR"},
		{lead + "The government began fresh talks on Monday.", "talks", "agent=country:RUR"},
	})
}
