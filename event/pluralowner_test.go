package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestPluralOwner checks that "their" on a noun event with no agent makes
// the several parties its clause has for subject the agents, whether the
// noun is an object's modifier ("approval for their merger") or an
// oblique, that one person is no "their", and that a game's result is
// left to its own rules.
func TestPluralOwner(t *testing.T) {
	extra := []ent{
		{"Zelco", "org:zelco", actor.Organization, false},
		{"Varnex", "org:varnex", actor.Organization, false},
		{"Anton Vell", "person:anton-vell", actor.Person, false},
		{"Karl Osk", "person:karl-osk", actor.Person, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{"Zelco and Varnex won approval from regulators on Tuesday for their merger.", "merger", "agent=org:varnex agent=org:zelco"},
		{"Anton Vell and Karl Osk ended their talks in the capital on Friday.", "talks", "agent=person:anton-vell agent=person:karl-osk"},
		{"Anton Vell praised their talks in the capital on Friday.", "talks", ""},
	})
}
