package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestOccasionApart checks that a gathering of its own kind (a banquet, a
// fair: event.OccasionOf) held on a summit's day and place is another
// event than the summit, in one document or two, while a festival told
// twice is one (otherOccasion).
func TestOccasionApart(t *testing.T) {
	o := guardOpts()
	meet := func(doc string, sent int, trigger, agent string) event.Mention {
		m := at(mention(doc, sent, event.Meeting, "2025-03-20", agent), "place:town1")
		m.Trigger = trigger
		return m
	}
	checkMerges(t, o, []mergeCase{
		{
			"a summit told twice: one",
			[]event.Mention{meet("a", 0, "summit", "country:UKR"), meet("a", 2, "talks", "country:UKR")},
			[]string{"2025-03-20 meeting a"},
		},
		{
			"a banquet on the summit's day: two",
			[]event.Mention{meet("a", 0, "summit", "country:UKR"), meet("a", 2, "banquet", "country:UKR")},
			[]string{"2025-03-20 meeting a", "2025-03-20 meeting a"},
		},
		{
			"a fair and a conference of one day in two documents: two",
			[]event.Mention{meet("a", 0, "conference", ""), meet("b", 0, "trade fair", "country:UKR")},
			[]string{"2025-03-20 meeting a", "2025-03-20 meeting b"},
		},
		{
			"a festival told twice: one",
			[]event.Mention{meet("a", 0, "Festival", "country:UKR"), meet("a", 2, "festival", "")},
			[]string{"2025-03-20 meeting a"},
		},
	})
}
