package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestBodyNamePlace checks that a place named after "for" inside the name
// of a body the gazetteer does not know is neither where the event is nor
// a party, while a place the phrase sets the body in stays the location.
func TestBodyNamePlace(t *testing.T) {
	extra := []ent{{"Kestria", "place:kestria", actor.Place, false}, {"Mira Venn", "person:mira-venn", actor.Person, false},
		{"Loma Council", "org:loma-council", actor.Organization, false}, {"Brovia", "country:BRV", actor.Country, true}}
	checkRolesWith(t, extra, []roleCase{
		{"Mira Venn also visited the new site of the Dalu Forum for Kestria on Monday.", "visited", "agent=person:mira-venn"},
		{"Mira Venn also visited the new site of the Dalu Forum in Kestria on Monday.", "visited", "agent=person:mira-venn location=place:kestria"},
		{"Mira Venn visited the new office of the Loma Council for Kestria on Monday.", "visited", "agent=person:mira-venn"},
		{"Mira Venn called Monday for Brovia to lift the blockade.", "called", "agent=person:mira-venn counterpart=country:BRV"},
	})
}
