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

// TestTitleRelationComplement checks that a bare object that is a noun
// of a relation (complement_nouns: "links", "role", "responsibility")
// keeps the phrase naming what it relates to, with that phrase's "of"
// phrase or owner, never "denies role" in nothing.
func TestTitleRelationComplement(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Venezuela has denied any links to the bombing of the pipeline.", "denied", "Venezuela denies links to bombing of pipeline"},
		{"The militia strongly denied any role in Moreno's abduction.", "denied", "Militia denies role in Moreno's abduction"},
		{"The ministry denied any responsibility for the collapse of the bridge.", "denied", "Ministry denies responsibility for collapse of bridge"},
	})
}
