package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestQuotedFirstPersonPronounSpeaker checks that a quotation whose
// subject is "we" or "I", reported by "he" or "she", is done by the
// person that pronoun stands for, and one reported by a body noun ("the
// ministry said") by the body named before, as it is by a named speaker.
func TestQuotedFirstPersonPronounSpeaker(t *testing.T) {
	extra := []ent{{"Mira Loncar", "person:mira-loncar", actor.Person, false},
		{"Ruritanian Interior Ministry", "org:rur-interior-ministry", actor.Organization, false}}
	checkRolesWith(t, extra, []roleCase{
		{"Mira Loncar arrived in Pyongyang on Monday. \"We condemn such attacks,\" she said.", "condemn", "agent=person:mira-loncar"},
		{"Mira Loncar arrived in Pyongyang on Monday. \"I condemn such attacks,\" she told reporters.", "condemn", "agent=person:mira-loncar"},
		{"\"We condemn such attacks,\" Mira Loncar said.", "condemn", "agent=person:mira-loncar"},
		{"The Ruritanian Interior Ministry met on Monday. \"We condemn such attacks,\" the ministry said.", "condemn", "agent=org:rur-interior-ministry"},
	})
}
