package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitlePlainCompressed checks that a reported clause too long for the
// title's budget gives up phrases a headline leaves out (a noun's
// prepositional modifiers, a passive verb's oblique, a later conjunct)
// rather than falling back to "issues statement", and never leaves the
// subject's head nor a pronoun a relative clause defines.
func TestTitlePlainCompressed(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		// the subject's modifiers go, later ones first
		{"Karl Brenner said on Monday that an updated Road Plan for mountain villages for the 2025- 2030 period would be presented at the Harvest Fair, which opens on Friday.", "said", "Karl Brenner says updated Road Plan for mountain villages will be presented"},
		// a later conjunct goes
		{"Karl Brenner said on Monday that the northern provinces and the eastern coastal districts will receive extra funds from the treasury reserve.", "said", "Karl Brenner says northern provinces will receive extra funds"},
		// a subject's list of three keeps every member (minKeptList)
		{"Karl Brenner said on Monday that teachers, doctors and nurses from the northern valleys of the old province would join the long march on the capital with their families.", "said", "Karl Brenner says teachers, doctors and nurses will join march on capital"},
	})
}
