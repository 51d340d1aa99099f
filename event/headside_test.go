package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleSideCase checks that the other side a title names after its
// object takes the preposition the sentence gives it ("postponed a visit
// to Sudan": "to Sudan", never "with Sudan"), and goes unnamed when the
// sentence gives it none: an apposition of the object, a word of another
// clause, a phrase inside a place's phrase.
func TestTitleSideCase(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Sudan", "country:SDN", actor.Country, false},
		{"Tom Ridley", "person:tom-ridley", actor.Person, false},
	}, []headlineCase{
		{"Norland postponed a state visit to Sudan on Monday.", "postponed", "Norland postpones state visit to Sudan"},
		{"Norland pledged 40 million dollars to the Sudan-led alliance on Monday.", "pledged", "Norland pledges 40 million dollars to Sudan"},
		{"Norland signed a trade pact with Sudan on Monday.", "signed", "Norland signs trade pact with Sudan"},
		{"Tom Ridley said Norland and Sudan had signed a trade pact on Monday.", "signed", "Norland and Sudan sign trade pact"},
		{"Norland passed a law last week allowing Sudan to keep its bases.", "passed", "Norland passes law"},
	})
}
