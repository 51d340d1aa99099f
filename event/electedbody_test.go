package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestElectedBody checks that the body an election fills, named before
// the election noun, is no party to it, while a party named there is.
func TestElectedBody(t *testing.T) {
	checkRolesWith(t, []ent{
		{"Regional Council", "org:regional-council", actor.Organization, false},
		{"Green Party", "org:green-party", actor.Organization, false},
	}, []roleCase{
		{"Voters crowded the polls in the Regional Council election on Sunday.", "election", ""},
		{"The Green Party election was held on Sunday.", "election", "agent=org:green-party"},
	})
}
