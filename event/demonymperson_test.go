package event

import "testing"

// TestDemonymPerson: a singular demonym standing alone after "the" ("The
// Russian won") is the person named before, passing over one the text
// gives another state ("Turkey's Erdogan"); one that qualifies a noun
// ("the Russian team") stays the state.
func TestDemonymPerson(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Putin beat Turkey's Erdogan in the final on Monday. The Russian won the title in 1998.", "won", "agent=person:putin"},
		{"Putin beat Turkey's Erdogan in the final on Monday. The Russian team won the title in 1998.", "won", "agent=country:RUS"},
	})
}
