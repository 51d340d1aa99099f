package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestGatheringApart checks that a journey and the gathering of many
// parties it goes to (a conference, a named summit: gatheringOf) are two
// events whatever they share, while talks held during a visit, a plain
// "summit" and a summit with one counterpart still join the visit.
func TestGatheringApart(t *testing.T) {
	o := guardOpts()
	arrive := quoted("a", 0, event.Visit, "2025-03-20", "The minister arrived in Velmora on Thursday.", "arrived", "", "person:shoigu")
	arrive = at(arrive, "place:town1")
	meet := func(sent int, quote, trigger string, actors ...string) event.Mention {
		return at(quoted("a", sent, event.Meeting, "2025-03-20", quote, trigger, "", actors...), "place:town1")
	}
	checkMerges(t, o, []mergeCase{
		{
			"a conference beside the arrival: two",
			[]event.Mention{arrive, meet(1, "He will attend the trade conference there.", "conference")},
			[]string{"2025-03-20 meeting a", "2025-03-20 visit a"},
		},
		{
			"a summit named by a body: two",
			[]event.Mention{arrive, meet(1, "He came for the OSTRA summit of the bloc.", "summit", "person:shoigu")},
			[]string{"2025-03-20 meeting a", "2025-03-20 visit a"},
		},
		{
			"a capitalized Summit: two",
			[]event.Mention{arrive, meet(1, "Leaders gathered for the Summit of the Lakes.", "Summit")},
			[]string{"2025-03-20 meeting a", "2025-03-20 visit a"},
		},
		{
			"a plain summit is the visit's meeting: one",
			[]event.Mention{arrive, meet(1, "He came for the summit, aides said.", "summit")},
			[]string{"2025-03-20 visit a"},
		},
		{
			"a summit of two sides joined by a hyphen: one",
			[]event.Mention{arrive, meet(1, "He came for the Velmora-Kastria summit.", "summit")},
			[]string{"2025-03-20 visit a"},
		},
		{
			"a conference with one counterpart is the visit's talks: one",
			[]event.Mention{arrive, meet(1, "He held a conference with the king.", "conference", "person:shoigu", "/", "person:king")},
			[]string{"2025-03-20 meeting a"},
		},
		{
			"talks held during the visit: one",
			[]event.Mention{arrive, meet(1, "He then held talks with the mayor.", "talks", "person:shoigu")},
			[]string{"2025-03-20 meeting a"},
		},
	})
}
