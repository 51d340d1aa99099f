package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestChargeObliques checks that a name inside the charge a verb lays
// ("accused X of collusion with Brovia") is no party of the accusation,
// while the complements of other verbs keep theirs.
func TestChargeObliques(t *testing.T) {
	extra := []ent{
		{"Brovia", "country:BRV", actor.Country, true}, {"Brovians", "country:BRV", actor.Country, false},
		{"Kestrians", "country:KES", actor.Country, false}, {"Kestria", "place:kestria", actor.Place, false},
		{"Mira Venn", "person:mira-venn", actor.Person, false}, {"Tarel Osk", "person:tarel-osk", actor.Person, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{"Mira Venn accused Tarel Osk of collusion with Brovia.", "accused", "agent=person:mira-venn target=person:tarel-osk"},
		{"Mira Venn accused Tarel Osk of complicity with the Brovians and the Kestrians.", "accused", "agent=person:mira-venn target=person:tarel-osk"},
		{"Mira Venn charged Tarel Osk with links to Brovia.", "charged", "agent=person:mira-venn target=person:tarel-osk"},
		{"Mira Venn blamed Tarel Osk for the raid on Brovia.", "blamed", "agent=person:mira-venn target=person:tarel-osk"},
		{"A judge convicted Tarel Osk of spying for the Brovians.", "convicted", "target=person:tarel-osk"},
		{"Mira Venn met with Tarel Osk in Kestria on Monday.", "met", "agent=person:mira-venn counterpart=person:tarel-osk location=place:kestria"},
	})
}
