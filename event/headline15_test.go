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

// TestTitleOccurVerb checks that an agentless event noun that is the
// subject of a verb of occurring takes it ("the accident occurred in
// Lanzhou" → "Fatal accident occurs in Lanzhou"), and that a gathering's
// noun is "held" instead ("Talks held in Geneva").
func TestTitleOccurVerb(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The fatal accident occurred at 11 a.m. Sunday in Lanzhou.", "accident", "Fatal accident occurs"},
		{"The talks took place in Geneva on Monday.", "talks", "Talks held"},
	})
}
