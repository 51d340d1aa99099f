package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestOffOfficeTitle checks that a state or body named beside a title
// that puts its holder out of office or in another camp ("former",
// "future", "opposition", "party") does not stand for the holder, while
// an office holder's state still does, and a party's own leader stays
// the party's.
func TestOffOfficeTitle(t *testing.T) {
	extra := []ent{
		{"Brovia", "country:BRV", actor.Country, true}, {"Brovian", "country:BRV", actor.Country, false},
		{"Mira Venn", "person:mira-venn", actor.Person, false},
		{"Brovian Labour Party", "org:brovian-labour-party", actor.Organization, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{"Mira Venn on Friday met Brovia's Democratic party chief in the capital.", "met", "agent=person:mira-venn"},
		{"Mira Venn on Friday met Brovia's foreign minister in the capital.", "met", "agent=person:mira-venn counterpart=country:BRV"},
		{"Brovia's former president was arrested on Friday.", "arrested", ""},
		{"The former Brovian president was arrested on Friday.", "arrested", ""},
		{"Brovia's president was arrested on Friday.", "arrested", "target=country:BRV"},
		{"Brovian opposition leader Tam Orr urged foreign donors on Tuesday to condemn the arrests.", "urged", ""},
		{"Mira Venn met Brovian Labour Party leader Tam Orr on Monday.", "met", "agent=person:mira-venn counterpart=org:brovian-labour-party"},
	})
}
