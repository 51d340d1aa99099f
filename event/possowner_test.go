package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestPossessiveOwner checks that "his" before a noun event with a word
// between ("his first trip") makes the clause's person its agent, that a
// noun told as the predicate of an event subject takes that subject's
// possessor ("Vell's pilgrimage will be his first trip") and not a name
// in its words ("the meeting with Osk will be his first visit").
func TestPossessiveOwner(t *testing.T) {
	extra := []ent{
		{"Karl Osk", "person:karl-osk", actor.Person, false},
		{"Anton Vell", "person:anton-vell", actor.Person, false},
		{"Ruritania", "country:RUR", actor.Country, true},
	}
	checkRolesWith(t, extra, []roleCase{
		{"Anton Vell, on his first trip to Ruritania as prime minister, met on Sunday with Karl Osk.", "trip", "agent=person:anton-vell location=country:RUR"},
		{"Anton Vell's pilgrimage, which will also take him to the north, will be his first foreign trip since he was elected in January.", "trip", "agent=person:anton-vell"},
		{"The meeting with Karl Osk in the capital will be his first visit to the region since his nomination.", "visit", ""},
	})
}
