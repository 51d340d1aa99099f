package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestSpeakerOwned checks that a noun event whose possessive pronoun
// stands for the person who reports it keeps that person as its party
// ("Vell said his visit went well": Vell visits), while a noun without
// such a pronoun still drops its reporter ("Vell said the visit went
// well": who visited is untold).
func TestSpeakerOwned(t *testing.T) {
	extra := []ent{
		{"Anton Vell", "person:anton-vell", actor.Person, false},
		{"Ruritania", "country:RUR", actor.Country, true},
	}
	checkRolesWith(t, extra, []roleCase{
		{"Foreign Minister Anton Vell said on Tuesday his visit to Ruritania went well.", "visit", "agent=person:anton-vell location=country:RUR"},
		{"Foreign Minister Anton Vell said on Tuesday the visit to Ruritania went well.", "visit", "location=country:RUR"},
	})
}
