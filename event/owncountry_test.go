package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestOwnCountry: "his country" in a person's words is the state that
// person belongs to when the story names it; never the state the story
// names most when that is another ("his country sent aid to Ostria").
func TestOwnCountry(t *testing.T) {
	ents := []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Ostria", "country:OST", actor.Country, false},
		{"Jan Berg", "person:jan-berg", actor.Person, false},
		{"Berg", "person:jan-berg", actor.Person, false},
	}
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Norland's leader Jan Berg met Ostrian officials on Monday. Berg said his country had sent aid to Ostria.", "aid", "agent=country:NOR recipient=country:OST"},
		{"Jan Berg met officials of Ostria on Monday. Berg said his country had sent aid to Ostria.", "aid", "recipient=country:OST"},
	} {
		in := parsedWith(t, tc.text, ents)
		for k := range in.Actors {
			if in.Actors[k].Kind == actor.Person {
				in.Actors[k].Affiliation = "country:NOR"
			}
		}
		got := triggerRoles(in, tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
