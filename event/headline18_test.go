package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleSaidCopula checks that what a speaker says with a copula
// reads as the headline's predicate, never "issues statement": a person's
// "he" keeps its copula in the present ("he is worried about"), an
// adjective keeps the oblique it needs ("not responsible for the
// outbreak"), a modal keeps its noun predicate ("would be a real test"),
// and a predicate the speaker follows after a comma is what is said.
func TestTitleSaidCopula(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner said on Monday he was worried about the drought.", "said", "Karl Brenner says he is worried about drought"},
		{"Karl Brenner said that the virus was not responsible for the outbreak.", "said", "Karl Brenner says virus not responsible for outbreak"},
		{"Karl Brenner said that the coming vote would be a real test.", "said", "Karl Brenner says coming vote would be real test"},
		{"The new tax plan is unworkable, Karl Brenner said on Monday.", "said", "Karl Brenner says tax plan unworkable"},
	})
}
