package event

import "testing"

// TestConjunctNotObject: a verb coordinated with no subject of its own
// is not done by a name in the object of the verb it is coordinated with
// ("called the leaders of China and Turkey and asked them"): the shared
// subject does it; a name outside that object stays, the parse joining
// the conjunct to the wrong verb.
func TestConjunctNotObject(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Putin said he has contacted the leaders of China, Turkey and France and asked them to help Ukraine.", "asked", "agent=person:putin"},
		{"Putin has contacted the leaders of China and Turkey and asked them to help Ukraine.", "asked", "agent=person:putin"},
		{"Putin said the troops would leave and warned Kyiv against an attack.", "warned", "agent=person:putin location=place:kyiv"},
	})
}
