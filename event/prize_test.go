package event

import "testing"

// TestPrizeQualifier: a country qualifying the title a sports result wins
// ("won the Turkish title", "the Russian national 3000m title") says where
// the title is held: no party of the result; a side played for or beaten
// stays.
func TestPrizeQualifier(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Lavrov won the Turkish title in 2002.", "won", "agent=person:lavrov"},
		{"Lavrov won the Russian national 3000m steeplechase title in 2002.", "won", "agent=person:lavrov"},
		{"Russia beat Turkey 2-0 on Monday.", "beat", "agent=country:RUS counterpart=country:TUR"},
	})
}
