package merge

import (
	"slices"
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestSameToll checks that one document's two mentions of a killing told
// near each other on one day with the very same toll are one act whatever
// victims each names (sameToll): "a suicide bomber killed four soldiers on
// Monday" and "four Osk Brigade soldiers were killed on Monday" name the
// victims by what they are and by their unit; not told further apart than
// tollWindow, with other tolls or another amount of the unit beside, with a
// toll of one, of the injured, nor of a type told many times a day
// (data/soletype.yaml).
func TestSameToll(t *testing.T) {
	o := guardOpts()
	killed := func(sent int, victims string, n float64) event.Mention {
		m := with(mention("a", sent, event.Killing, "2025-03-17", ""), event.Target, victims)
		m.Quantities = []event.Quantity{{Min: n, Max: n, Unit: "troops"}}
		return m
	}
	of := func(m event.Mention, typ event.Type) event.Mention { m.Type, m.Trigger = typ, string(typ); return m }
	injured := func(m event.Mention) event.Mention { m.Injury = true; return m }
	also := func(m event.Mention, n float64) event.Mention {
		m.Quantities = append(slices.Clone(m.Quantities), event.Quantity{Min: n, Max: n, Unit: "troops"})
		return m
	}
	checkMerges(t, o, []mergeCase{
		{"the lead's toll and the statement's toll one sentence below",
			[]event.Mention{killed(0, "agent:ARD:military", 4), killed(1, "org:osk-brigade", 4)},
			[]string{"2025-03-17 killing a"}},
		{"told three sentences apart",
			[]event.Mention{killed(0, "agent:ARD:military", 12), killed(3, "org:osk-brigade", 12)},
			[]string{"2025-03-17 killing a"}},
		{"told further apart than tollWindow: two acts",
			[]event.Mention{killed(0, "agent:ARD:military", 12), killed(1+tollWindow, "org:osk-brigade", 12)},
			[]string{"2025-03-17 killing a", "2025-03-17 killing a"}},
		{"other tolls: two acts",
			[]event.Mention{killed(0, "agent:ARD:military", 4), killed(1, "org:osk-brigade", 5)},
			[]string{"2025-03-17 killing a", "2025-03-17 killing a"}},
		{"the same toll beside another amount of its unit: two acts",
			[]event.Mention{killed(0, "agent:ARD:military", 4), also(killed(1, "org:osk-brigade", 4), 6)},
			[]string{"2025-03-17 killing a", "2025-03-17 killing a"}},
		{"a single victim names nothing of its act",
			[]event.Mention{killed(0, "agent:ARD:military", 1), killed(1, "org:osk-brigade", 1)},
			[]string{"2025-03-17 killing a", "2025-03-17 killing a"}},
		{"the wounded of a lead counted again by one of its blasts",
			[]event.Mention{injured(killed(0, "agent:ARD:military", 3)), injured(killed(1, "org:osk-brigade", 3))},
			[]string{"2025-03-17 attack a", "2025-03-17 attack a"}},
		{"a type told many times a day: its amounts tell its instances apart",
			[]event.Mention{of(killed(0, "agent:ARD:military", 4), event.Statement), of(killed(1, "org:osk-brigade", 4), event.Statement)},
			[]string{"2025-03-17 statement a", "2025-03-17 statement a"}},
	})
}
