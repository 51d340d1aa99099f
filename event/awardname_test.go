package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestAwardName checks that a name inside an award's name is no party to
// winning it.
func TestAwardName(t *testing.T) {
	checkRolesWith(t, []ent{
		{"Harry Kane", "person:harry-kane", actor.Person, false},
		{"Carlsberg Man", "person:carlsberg-man", actor.Person, false},
	}, []roleCase{
		{"Harry Kane won the Carlsberg Man of the Match award on Sunday.", "won", "agent=person:harry-kane"},
	})
}
