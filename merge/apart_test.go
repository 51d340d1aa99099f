package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestApartMentions checks that a mention its document tells as another
// happening (event.Mention.Apart: "In a separate incident, ...") joins no
// event of the earlier sentences, whichever is merged first, and is kept
// though it names no one, while a later sentence may still refer back to
// it.
func TestApartMentions(t *testing.T) {
	o := guardOpts()
	killing := func(sent int, apart bool) event.Mention {
		m := at(mention("a", sent, event.Killing, "2025-03-20", ""), "place:town1")
		m.Apart = apart
		return m
	}
	checkMerges(t, o, []mergeCase{
		{
			"no cue: one killing told twice",
			[]event.Mention{killing(0, false), killing(2, false)},
			[]string{"2025-03-20 killing a"},
		},
		{
			"a separate incident: two killings",
			[]event.Mention{killing(0, false), killing(2, true)},
			[]string{"2025-03-20 killing a", "2025-03-20 killing a"},
		},
		{
			"the apart mention merged first: still two",
			[]event.Mention{killing(2, true), killing(0, false)},
			[]string{"2025-03-20 killing a", "2025-03-20 killing a"},
		},
		{
			"an anonymous publication-dated mention told apart is an event of its own",
			[]event.Mention{killing(0, false), func() event.Mention {
				m := mention("a", 2, event.Killing, "", "")
				m.Apart = true
				return m
			}()},
			[]string{"2025-03-20 killing a", "2025-03-21 killing a"},
		},
		{
			"a later sentence tells the separate incident again",
			[]event.Mention{killing(0, false), killing(2, true), killing(3, false)},
			[]string{"2025-03-20 killing a", "2025-03-20 killing a"},
		},
	})
}
