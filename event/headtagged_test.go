package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleTaggedReport checks that a statement whose parse is torn after
// its verb of saying says what was said, read by the tags (headtagged.go):
// a clause opening right after the verb with a name as its subject
// (taggedSubject), and a "that" clause past a long phrase of the verb
// (taggedOblique).
func TestTitleTaggedReport(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Harold Mendez", "person:harold-mendez", actor.Person, false},
		{"Carl Weiss", "person:carl-weiss", actor.Person, false},
	}, []headlineCase{
		{"Harold Mendez said Carl Weiss ignored Fed rules by inviting a friend.", "said", "Harold Mendez says Carl Weiss ignores Fed rules"},
		{"Carl Weiss said on Friday at his first open meeting with farmers that he was going to be strict in the matter of water use.", "said", "Carl Weiss says he is going to be strict in matter of water use"},
	})
}
