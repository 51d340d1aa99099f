package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// bystanderActors are the made-up bodies and persons of the tests of
// those who only speak of an event others take part in.
var bystanderActors = []ent{
	{"Northern Council", "org:northern-council", actor.Organization, false},
	{"Norland", "country:NOR", actor.Country, false},
	{"Maria Lopez", "person:maria-lopez", actor.Person, false},
	{"Karl Brenner", "person:karl-brenner", actor.Person, false},
}

// TestElectionPeople: the subject of a verb whose object or oblique is the
// election's own people ("parties in the election", "observers for the
// election"), whether the parse hangs the election on that noun or on the
// verb, does not contest it (contestVerb: peopleOfElection, peopleBefore).
func TestElectionPeople(t *testing.T) {
	checkRolesWith(t, bystanderActors, []roleCase{
		{"The Northern Council on Friday called on all parties in the presidential election to remain calm.", "election", ""},
		{"Karl Brenner met with the foreign observers for the election on Sunday.", "election", ""},
	})
}
