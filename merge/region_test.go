package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestRegionHoldsSpot checks data/regions.yaml: a province the gazetteer
// puts in no country holds the spot its article names a little below it
// ("a mine accident in Vell Province" / "the blast came before dawn at
// the Osk Colliery"), while two provinces, two spots, and a spot told far
// below stay apart.
func TestRegionHoldsSpot(t *testing.T) {
	o := guardOpts()
	accident := func(sent int, place string) event.Mention {
		return at(mention("a", sent, event.Accident, "2025-03-20", ""), place)
	}
	early := func(sent int, place string) event.Mention {
		return at(atTime(mention("a", sent, event.Accident, "", ""), "2025-03-20T04:00"), place)
	}
	tests := []mergeCase{
		{
			"the spot below the province is the province's accident",
			[]event.Mention{accident(0, "place:vell-province"), early(1, "place:osk-colliery")},
			[]string{"2025-03-20T04:00 accident a"},
		},
		{
			"two provinces stay apart",
			[]event.Mention{accident(0, "place:vell-province"), early(1, "place:osk-province")},
			[]string{"2025-03-20 accident a", "2025-03-20T04:00 accident a"},
		},
		{
			"two spots stay apart",
			[]event.Mention{accident(0, "place:vell-colliery"), early(1, "place:osk-colliery")},
			[]string{"2025-03-20 accident a", "2025-03-20T04:00 accident a"},
		},
		{
			"a spot far below the province stays apart",
			[]event.Mention{accident(0, "place:vell-province"), early(6, "place:osk-colliery")},
			[]string{"2025-03-20 accident a", "2025-03-20T04:00 accident a"},
		},
	}
	checkMerges(t, o, tests)
}
