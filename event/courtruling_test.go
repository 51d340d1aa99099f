package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestCourtRulingAgent checks that a court named before a ruling or a
// verdict is who rules, not whom the ruling is against: a judicial body
// ("the Dutch court ruling", where the parse reads "ruling" as a verb),
// or a state's name the word "court" follows ("a Berlin court verdict",
// Berlin read as Germany); a city that is no state stays where the court
// sits, and a body tried is still the target ("the Acme verdict").
func TestCourtRulingAgent(t *testing.T) {
	extra := []ent{
		{"Dutch court", "agent:NLD:judiciary", actor.Organization, false},
		{"Paris", "place:paris", actor.Place, false},
		{"Berlin", "country:DEU", actor.Country, false},
		{"Acme", "org:acme", actor.Organization, false},
		{"Ruritania", "country:RUR", actor.Country, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{"Ruritania protested against the Dutch court ruling on Monday.", "ruling", "agent=agent:NLD:judiciary"},
		{"Ruritania protested against a Berlin court verdict on Monday.", "verdict", "agent=country:DEU"},
		{"Ruritania protested against a Paris court verdict on Monday.", "verdict", "location=place:paris"},
		{"Ruritania welcomed the Acme verdict on Monday.", "verdict", "target=org:acme"},
	})
}
