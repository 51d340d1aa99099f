package event

import "testing"

// TestJoinedGerund: the subject of "join" and the partner it joins both do
// the act of the -ing clause "in" marks ("Lavrov joined Kim in signing"),
// while "in" on another verb shares no subject (a killing "in rioting" is
// not done by the one killed).
func TestJoinedGerund(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Lavrov joined Kim in signing the declaration on Tuesday.", "signing", "agent=person:kim agent=person:lavrov"},
		{"Russia joined China on Monday in condemning the blockade of the port.", "condemning", "agent=country:CHN agent=country:RUS"},
		{"Two men were killed in rioting in the capital on Monday.", "killed", ""},
	})
}
