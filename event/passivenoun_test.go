package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestPassiveNounAgent checks that a noun event in an oblique of a passive
// verb with a "by" agent is that agent's, and that without one the
// passive subject is not made its agent.
func TestPassiveNounAgent(t *testing.T) {
	extra := []ent{{"Mira Venn", "person:mira-venn", actor.Person, false}, {"Tarel Osk", "person:tarel-osk", actor.Person, false}, {"Brovian", "country:BRV", actor.Country, false}}
	checkRolesWith(t, extra, []roleCase{
		{"The old guard of Tarel Osk was swept aside by Mira Venn in a bitter election last year.", "election", "agent=person:mira-venn"},
		{"The old guard of Tarel Osk was swept aside in a bitter election last year.", "election", ""},
		{"The plan was praised by Mira Venn at a regional conference on Monday.", "conference", ""},
		{"The plan was approved by Mira Venn in a meeting of the Brovian cabinet on Monday.", "meeting", "agent=country:BRV"},
	})
}
