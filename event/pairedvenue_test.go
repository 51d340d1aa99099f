package event

import "testing"

// TestPairedPartiesVenue: a meeting that names its parties in a "between"
// phrase is theirs alone; the subject of a verb set at it is no party
// (venueSubject: pairedParties).
func TestPairedPartiesVenue(t *testing.T) {
	checkRolesWith(t, bystanderActors, []roleCase{
		{"Norland voiced sharp anger at a meeting between Maria Lopez and Karl Brenner.", "meeting", "agent=person:maria-lopez counterpart=person:karl-brenner"},
	})
}
