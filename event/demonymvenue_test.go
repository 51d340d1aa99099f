package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestDemonymVenue checks that a nationality adjective on the site of an
// event ("in front of the Brovian embassy") names no party, only the
// target of a protest or an attack there.
func TestDemonymVenue(t *testing.T) {
	extra := []ent{{"Brovian", "country:BRV", actor.Country, false}}
	checkRolesWith(t, extra, []roleCase{
		{"Dozens of retired miners staged a sit-in in front of the Brovian embassy on Tuesday.", "sit-in", "target=country:BRV"},
		{"Hundreds of farmers protested outside the Brovian consulate on Monday.", "protested", "target=country:BRV"},
		{"The two envoys held talks at the Brovian embassy in the capital on Monday.", "talks", ""},
	})
}

// TestDemonymOfPeople checks that a nationality adjective on a plural noun
// of people tells whose they are, not where the event takes place.
func TestDemonymOfPeople(t *testing.T) {
	extra := []ent{{"Brovian", "country:BRV", actor.Country, false}, {"Tarel Osk", "person:tarel-osk", actor.Person, false}}
	checkRolesWith(t, extra, []roleCase{
		{"Tarel Osk visited sick Brovian prisoners in a desert camp on Monday.", "visited", "agent=person:tarel-osk"},
	})
}

// TestNearBorder checks that a state named by its border in a phrase
// setting a place beside it is not where the event is.
func TestNearBorder(t *testing.T) {
	extra := []ent{{"Brovian", "country:BRV", actor.Country, true}, {"Brovia", "country:BRV", actor.Country, true}}
	checkRolesWith(t, extra, []roleCase{
		{"A bomb killed six farmers in a village near the Brovian border on Sunday.", "killed", ""},
		{"Local officials imposed a curfew on the town near the Brovia border on Friday.", "curfew", ""},
	})
}
