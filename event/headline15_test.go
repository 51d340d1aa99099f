package event

import "testing"

// TestTitlePassiveController checks that an infinitive on a passive verb
// has the passive subject for its own ("the minister was forced to step
// down" → "Veteran minister steps down"), never the bare type noun
// ("Resignation").
func TestTitlePassiveController(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The veteran minister was forced to step down from his posts on Monday.", "step down", "Veteran minister steps down"},
	})
}
