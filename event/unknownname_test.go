package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestUnknownNameSubject: a verb whose own subject, right before it, is a
// name no actor is known by takes no name of another clause as its agent
// ("Acme fell 9 yen and Borvex rose 3 yen": not Acme's rise); a known
// company in its own clause stays its verb's agent.
func TestUnknownNameSubject(t *testing.T) {
	extra := []ent{{"Acme Holdings", "org:acme", actor.Organization, false}}
	checkRolesWith(t, extra, []roleCase{
		{"Acme Holdings fell 9 yen to 610 yen, the Borvex Index edged up 3 points and Quellit climbed 2 yen to 120 yen.", "climbed", ""},
		{"Acme Holdings fell 9 yen to 610 yen, the Borvex Index edged up 3 points and Quellit climbed 2 yen to 120 yen.", "fell", "agent=org:acme"},
	})
}
