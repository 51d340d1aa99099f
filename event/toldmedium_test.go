package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestToldMedium: a news medium a reporting verb addresses ("told
// Reuters", "told Tass television") is no party of the event in the
// clause it is told; the speaker the first person stands for acts.
func TestToldMedium(t *testing.T) {
	extra := []ent{
		{"Karim Haddad", "person:karim-haddad", actor.Person, false},
		{"Reuters", "org:reuters", actor.Organization, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{`Karim Haddad told Reuters that "we have withdrawn all our units from the valley."`, "withdrawn", "agent=person:karim-haddad"},
		{`Karim Haddad told Tass television that "we have withdrawn all our units from the valley."`, "withdrawn", "agent=person:karim-haddad"},
	})
}
