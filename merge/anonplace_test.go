package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestAnonymousElsewhere checks that two acts of a group named only by
// what it is ("troops", "militants") told at two towns of one country are
// two happenings, while a named doer's acts at the two towns, or the
// group's act told at a town and at a region the gazetteer puts in no
// country, stay one.
func TestAnonymousElsewhere(t *testing.T) {
	o := guardOpts()
	o.KeepAnonymous = true
	at := func(sent int, agent, place string) event.Mention {
		m := mention("a", sent, event.Attack, "2025-03-21", agent)
		m.Location = place
		return m
	}
	checkMerges(t, o, []mergeCase{
		{
			"troops shoot a leader in one town, troops' gunfire kills a man in another: two",
			[]event.Mention{at(0, "agent:RUS:military", "place:town1"), at(2, "agent:RUS:military", "place:town2")},
			[]string{"2025-03-21 attack a", "2025-03-21 attack a"},
		},
		{
			"the country's army named at the two towns: one",
			[]event.Mention{at(0, "country:RUS", "place:town1"), at(2, "country:RUS", "place:town2")},
			[]string{"2025-03-21 attack a"},
		},
		{
			"troops at one town told again at no place: one",
			[]event.Mention{at(0, "agent:RUS:military", "place:town1"), at(2, "agent:RUS:military", "")},
			[]string{"2025-03-21 attack a"},
		},
		{
			"troops in a region of no country and in the country: one",
			[]event.Mention{at(0, "agent:RUS:military", "place:the-gulf"), at(2, "agent:RUS:military", "country:UKR")},
			[]string{"2025-03-21 attack a"},
		},
	})
}
