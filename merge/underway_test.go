package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestJoinUnderWay: "visiting Dutch officers" told on a later day is the
// trip the officers began by arriving, a source of it that keeps its day
// and title; a trip begun too long before, or by others, stays apart.
func TestJoinUnderWay(t *testing.T) {
	o := guardOpts()
	arrival := mention("a", 3, event.Visit, "2025-03-04", "agent:NLD:police")
	arrival.Location = "place:town1"
	visiting := func(value, agent string) event.Mention {
		m := mention("a", 0, event.Visit, value, agent, "person:okafor")
		m.Trigger, m.UnderWay = "visiting", true
		return m
	}
	tests := []mergeCase{
		{
			"the officers visiting on the 19th arrived on the 4th",
			[]event.Mention{arrival, visiting("2025-03-19", "agent:NLD:police")},
			[]string{"2025-03-04 visit a"},
		},
		{
			"arrived two months before: another trip",
			[]event.Mention{arrival, visiting("2025-05-19", "agent:NLD:police")},
			[]string{"2025-03-04 visit a", "2025-05-19 visit a"},
		},
		{
			"other visitors: another trip",
			[]event.Mention{arrival, visiting("2025-03-19", "person:rossi")},
			[]string{"2025-03-04 visit a", "2025-03-19 visit a"},
		},
	}
	checkMerges(t, o, tests)
	got := Merge([]event.Mention{arrival, visiting("2025-03-19", "agent:NLD:police")}, o)
	if len(got) != 1 || len(got[0].Participants) != 1 || len(got[0].Sources) != 2 {
		t.Errorf("the participle adds a source only: %+v", got)
	}
}
