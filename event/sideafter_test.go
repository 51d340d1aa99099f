package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestSideAfter checks that a game verb whose parse lost its object (a
// results line of scores, seeds and ranks) still finds the side beaten
// named right after it (sense.go, sideAfter), but not one after a
// preposition: a venue ("at Albion") or a doer ("by Tam Kelsby") is no
// side beaten.
func TestSideAfter(t *testing.T) {
	sides := []ent{{"Velnia", "country:VEL", actor.Country, false}, {"Ardena", "country:ARD", actor.Country, false},
		{"Albion", "org:albion", actor.Organization, false}, {"Tam Kelsby", "person:tam-kelsby", actor.Person, false}}
	for _, tc := range []struct {
		text, trigger string
		want          bool
		agent, cp     string
	}{
		{"Velnia overcame Ardena 25-23, 25-21 to take the volleyball crown on Sunday.", "overcame", true, "country:VEL", "country:ARD"},
		{"It was downed at Albion 2-1 in the league on Saturday.", "downed", false, "", ""},
	} {
		got := sportResultOn(t, tc.text, tc.trigger, sides)
		if (got != nil) != tc.want {
			t.Errorf("%q: sport result on %q %v, want %v", tc.text, tc.trigger, got != nil, tc.want)
			continue
		}
		if got == nil {
			continue
		}
		if !hasRole(got, tc.agent, Agent) || !hasRole(got, tc.cp, Counterpart) {
			t.Errorf("%q: participants %v, want agent %s, counterpart %s", tc.text, got.Participants, tc.agent, tc.cp)
		}
	}
}
