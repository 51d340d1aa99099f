package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestEmbarkedBy: who goes on or embarks on a noun event does it; a
// person's name read in a word before the subject's noun is no one.
func TestEmbarkedBy(t *testing.T) {
	extra := []ent{
		{"Kenyan teachers", "agent:KEN:education", actor.Organization, false},
		{"Ugandan army", "agent:UGA:military", actor.Organization, false},
		{"Young", "person:young", actor.Person, false},
	}
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Kenyan teachers went on a hunger strike on Friday.", "hunger strike", "agent=agent:KEN:education"},
		{"The rebels went on the rampage in Kursk on Friday.", "rampage", "agent=agent:-:rebels location=place:kursk"},
		{"Young people went on a rampage in Kursk on Friday.", "rampage", "location=place:kursk"},
		{"The Ugandan army embarked on a disarmament exercise in the north in 2001.", "exercise", "agent=agent:UGA:military"},
	} {
		m := mentionOf(t, parsedWith(t, tc.text, extra), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
