package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestObjectPronounParty checks that an object pronoun "him" or "her" of
// a verb trigger stands for the person named before it who is not the
// verb's own agent, in its sentence or as the topic of the one before:
// "Kim met her" is a meeting with the person named before, "police
// arrested him" an arrest of the man the story is about; a possessive
// "her" names no party.
func TestObjectPronounParty(t *testing.T) {
	extra := []ent{
		{"Tomas Varga", "person:tomas-varga", actor.Person, false},
		{"Mira Loncar", "person:mira-loncar", actor.Person, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{"Mira Loncar arrived in Pyongyang on Monday. Kim met her on Tuesday.", "met", "agent=person:kim counterpart=person:mira-loncar"},
		{"Tomas Varga led the march. Police arrested him on Sunday.", "arrested", "target=person:tomas-varga"},
		{"Putin praised Tomas Varga and congratulated him on Monday.", "congratulated", "agent=person:putin counterpart=person:tomas-varga"},
		{"Mira Loncar met Putin and praised her own team on Monday.", "praised", "agent=person:mira-loncar"},
	})
}
