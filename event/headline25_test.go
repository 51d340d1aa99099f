package event

import "testing"

// TestTitleOutcomePlace checks that an agentless noun whose clause tells
// what became of it ("a fire broke out") says where, when no named place
// does: the outcome verb's "in" or "at" phrase, never a bare "Fire breaks
// out"; a one-word place ("in the hall") says nothing and stays out.
func TestTitleOutcomePlace(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Pupils were sent home when a fire broke out at the Green Hill secondary school.", "fire", "Fire breaks out at Green Hill secondary school"},
		{"A blaze broke out in a crowded textile factory, officials said.", "blaze", "Blaze breaks out in crowded textile factory"},
		{"A fire broke out in the hall, officials said.", "fire", "Fire breaks out"},
	})
}
