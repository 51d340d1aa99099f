package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleDescribedDoer checks that a title built from the thing an
// agreement names, of a verb or of a noun trigger, names the subject as the
// text does when only a modifier ties it to the agent ("a Norlandic
// shipping firm", not the state Norland).
func TestTitleDescribedDoer(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norlandic", "country:NOR", actor.Country, false},
		{"Ostrava", "country:OST", actor.Country, false},
	}, []headlineCase{
		{"A Norlandic shipping firm signed a contract with Ostrava on Friday.", "signed", "Norlandic shipping firm signs contract with Ostrava"},
		{"The Norlandic parliament held a session on Monday.", "session", "Norlandic parliament holds session"},
		{"The Norlandic shipping firm finalised a deal with Ostrava on Friday.", "deal", "Norlandic shipping firm reaches deal with Ostrava"},
	})
}
