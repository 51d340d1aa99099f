package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestHostEvent checks that who hosts an event named by no actor does
// it ("Ruritania hosted the Asian Games": Ruritania hosts), while who hosts a guest is
// the one visited, also a guest the document knows no actor for.
func TestHostEvent(t *testing.T) {
	extra := []ent{
		{"Karl Osk", "person:karl-osk", actor.Person, false},
		{"Anton Vell", "person:anton-vell", actor.Person, false},
		{"Ruritania", "country:RUR", actor.Country, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{"Ruritania hosted the 11th Asian Games in 1990.", "hosted", "agent=country:RUR"},
		{"Ruritania hosted the 2003 World Cup, won by England.", "hosted", "agent=country:RUR"},
		{"Karl Osk hosted Anton Vell on Monday.", "hosted", "agent=person:anton-vell counterpart=person:karl-osk"},
		{"Karl Osk hosted Olmert during the latter's surprise visit last week.", "hosted", "counterpart=person:karl-osk"},
	})
}
