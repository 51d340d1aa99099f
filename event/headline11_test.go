package event

import "testing"

// TestTitleOutcomeRelative checks that an agentless noun whose relative
// clause tells what became of it, or which is the subject of a phrasal
// outcome verb, takes that verb ("the fair, which kicked off on Monday"
// → "Fair kicks off"), never the bare noun.
func TestTitleOutcomeRelative(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Envoys approved the plan on the second day of the conference, which kicked off on Sunday.", "conference", "Conference kicks off"},
		{"Negotiations broke down in March after the firm raised its price.", "Negotiations", "Negotiations break down"},
	})
}
