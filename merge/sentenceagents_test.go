package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestNamedElsewhere checks that a nameless mention whose sentence names
// another actor for an act of its row ("Y arrived in the capital, three
// days after starting a tour of the region") does not join another
// article's act of other agents at the same place by the place alone,
// while one whose sentence names the event's agent still does.
func TestNamedElsewhere(t *testing.T) {
	o := guardOpts()
	at := func(doc string, sent int, value, agent, place string) event.Mention {
		m := mention(doc, sent, event.Visit, value, agent)
		m.Location = place
		m.Noun = agent == ""
		return m
	}
	checkMerges(t, o, []mergeCase{
		{
			"X starts a tour of the region; Y's tour of it, told next to Y's arrival: two",
			[]event.Mention{
				at("a", 0, "2025-03-21", "person:x", "place:town1"),
				at("b", 0, "2025-03-21", "", "place:town1"),
				at("b", 0, "2025-03-24", "person:y", "place:town2"),
			},
			[]string{"2025-03-21 visit a", "2025-03-21 visit b", "2025-03-24 visit b"},
		},
		{
			"X's tour told again next to X's arrival: one",
			[]event.Mention{
				at("a", 0, "2025-03-21", "person:x", "place:town1"),
				at("b", 0, "2025-03-21", "", "place:town1"),
				at("b", 0, "2025-03-24", "person:x", "place:town2"),
			},
			[]string{"2025-03-21 visit a,b", "2025-03-24 visit b"},
		},
	})
}
