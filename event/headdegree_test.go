package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleDegreeWords checks that a noun keeps its word of amount
// (degree_words), with its "too", where leaving it out would say the
// opposite or less than was said ("no foreign firms", "too little
// food", "more troops"), while "a few" (some) stays vague.
func TestTitleDegreeWords(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"Karl Brenner said no foreign firms want to join the project.", "said", "Karl Brenner says no foreign firms want to join project"},
		{"Karl Brenner warned that too little food was reaching the camps.", "warned", "Karl Brenner warns too little food reaches camps"},
		{"Norland sent more troops to the border on Monday.", "sent", "Norland sends more troops"},
		{"Norland sent a few troops to the border on Monday.", "sent", "Norland sends troops"},
	})
}
