package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestConjunctNotObject: a verb coordinated with no subject of its own
// is not done by a name in the object of the verb it is coordinated with
// ("called the leaders of China and Turkey and asked them"): the shared
// subject does it; a name outside that object stays, the parse joining
// the conjunct to the wrong verb. A name in the object of a verb of the
// chain that has no subject either is not the conjunct's subject ("killing
// two civilians and wounding dozens": the civilians wound no one).
func TestConjunctNotObject(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Putin said he has contacted the leaders of China, Turkey and France and asked them to help Ukraine.", "asked", "agent=person:putin"},
		{"Putin has contacted the leaders of China and Turkey and asked them to help Ukraine.", "asked", "agent=person:putin"},
		// (the city warned is no place of the warning: objectplaces.go)
		{"Putin said the troops would leave and warned Kyiv against an attack.", "warned", "agent=person:putin"},
	})
}

// TestConjunctNotChainObject: a name in the object of a verb of the chain
// that has no subject either is not the conjunct's subject: "killing 12
// civilians and wounding 40 others" tells no one the civilians wound.
func TestConjunctNotChainObject(t *testing.T) {
	civilians := []ent{{"civilians", "agent:-:civilians", actor.Organization, false}}
	checkRolesWith(t, civilians, []roleCase{
		{"Tank shells struck houses in the town of Kursk on Friday, killing at least nine civilians and wounding dozens of others.", "wounding", ""},
		{"A car bomb exploded near a mosque in Kursk, killing 12 civilians and wounding 40 others.", "wounding", ""},
		{"Shells hit a market in Kursk on Friday, killing two civilians and injuring 30 others.", "injuring", ""},
	})
}
