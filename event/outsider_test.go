package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestOutsiderModifier checks that a body or person named as the compound
// or possessor of a noun of outsiderNouns ("party donors", "X's critics")
// is no participant, on the tree's path and the word windows' alike,
// while a country adjective, and a name modifying a noun of members or
// officials, still are.
func TestOutsiderModifier(t *testing.T) {
	extra := []ent{
		{"Brovia", "country:BRV", actor.Country, true}, {"Brovian", "country:BRV", actor.Country, false},
		{"Mira Venn", "person:mira-venn", actor.Person, false},
		{"Quellit Party", "org:quellit-party", actor.Organization, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{"Mira Venn nominated three Quellit Party donors for seats in the senate in March.", "nominated", "agent=person:mira-venn"},
		{"Quellit Party donors met Mira Venn in the capital on Friday.", "met", "counterpart=person:mira-venn"},
		{"Police detained two of Mira Venn's critics in the capital on Friday.", "detained", ""},
		{"Police detained two Quellit Party officials in the capital on Friday.", "detained", "target=org:quellit-party"},
		{"Gunmen killed four Brovian voters in the capital on Friday.", "killed", "target=country:BRV"},
	})
}
