package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitlePronounObject checks that an active verb whose object is a
// personal pronoun no actor of the event resolves never loses its object
// nor the whole clause: "him"/"her" takes the person noun before it that
// it stands for (past the verb's own subject), else the title takes the
// type's phrase ("Rovers win match"), never the verb cut short ("Rovers
// beat"); a reflexive keeps the verb ("blows himself up").
func TestTitlePronounObject(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Ada Okoro", "person:ada-okoro", actor.Person, false},
		{"Kano Rovers", "team:kano-rovers", actor.Organization, false},
	}, []headlineCase{
		{"A village nurse lost her job after the mayor dismissed her on Monday.", "dismissed", "Mayor dismisses village nurse"},
		{"The widow said the landlord had accused her of theft on Monday.", "accused", "Landlord accuses widow"},
		{"Kano Rovers beat them 3-1 on Sunday.", "beat", "Kano Rovers win match"},
		{"Ada Okoro praised them on Monday.", "praised", "Ada Okoro voices support"},
	})
}
