package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestZoomsIn checks that an article naming a country and, in the next
// sentences, a spot the gazetteer puts in no country tells one happening
// there, while the spot told first, or far below, or two unknown spots,
// stay apart.
func TestZoomsIn(t *testing.T) {
	at := func(sent int, place string) event.Mention {
		m := mention("a", sent, event.Accident, "2025-03-21", "")
		m.Location = place
		return m
	}
	tests := []mergeCase{
		{
			"the country, then the spot in the next sentence: one",
			[]event.Mention{at(0, "country:UKR"), at(1, "place:lake-vorna")},
			[]string{"2025-03-21 accident a"},
		},
		{
			"the spot first, then the country: two",
			[]event.Mention{at(0, "place:lake-vorna"), at(1, "country:UKR")},
			[]string{"2025-03-21 accident a", "2025-03-21 accident a"},
		},
		{
			"the spot far below the country: two",
			[]event.Mention{at(0, "country:UKR"), at(8, "place:lake-vorna")},
			[]string{"2025-03-21 accident a", "2025-03-21 accident a"},
		},
		{
			"two unknown spots: two",
			[]event.Mention{at(0, "place:lake-vorna"), at(1, "place:mount-sela")},
			[]string{"2025-03-21 accident a", "2025-03-21 accident a"},
		},
	}
	checkMerges(t, opts(), tests)
}
