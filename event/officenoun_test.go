package event

import "testing"

// TestOfficeNounState checks that a definite office noun told by its
// portfolio alone, the subject of its verb ("the foreign ministry
// rejected"), stands for the one state the story names most, and for none
// when two are named as often.
func TestOfficeNounState(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Russia moved troops to the border on Monday. The foreign ministry rejected the protest on Tuesday.", "rejected", "agent=country:RUS"},
		{"Russia moved troops to the border on Monday. The interior ministry then condemned the riots on Tuesday.", "condemned", "agent=country:RUS"},
		{"Russia and Turkey exchanged notes on Monday. The foreign ministry rejected the protest on Tuesday.", "rejected", ""},
	})
}
