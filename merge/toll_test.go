package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestSameToll checks that one document's two mentions of a killing told
// near each other on one day with the very same toll are one act whatever
// victims each names (sameToll): "a suicide bomber killed four soldiers on
// Monday" and "four Osk Brigade soldiers were killed on Monday" name the
// victims by what they are and by their unit.
func TestSameToll(t *testing.T) {
	o := guardOpts()
	killed := func(sent int, victims string, n float64) event.Mention {
		m := with(mention("a", sent, event.Killing, "2025-03-17", ""), event.Target, victims)
		m.Quantities = []event.Quantity{{Min: n, Max: n, Unit: "troops"}}
		return m
	}
	checkMerges(t, o, []mergeCase{
		{"the lead's toll and the statement's toll one sentence below",
			[]event.Mention{killed(0, "agent:ARD:military", 4), killed(1, "org:osk-brigade", 4)},
			[]string{"2025-03-17 killing a"}},
		{"told three sentences apart",
			[]event.Mention{killed(0, "agent:ARD:military", 12), killed(3, "org:osk-brigade", 12)},
			[]string{"2025-03-17 killing a"}},
	})
}
