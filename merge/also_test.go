package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestAlsoByOther checks that a mention adding with "also" its own doer's
// act (event.Mention.Also) joins no earlier mention of its document and
// type that none of its agents did, though the doer stands for that
// country, nor one naming no doer, while the same doer told again with
// "also" still joins.
func TestAlsoByOther(t *testing.T) {
	o := guardOpts()
	blame := func(sent int, agent string, also bool) event.Mention {
		m := mention("a", sent, event.Disapprove, "2025-03-20", agent)
		m.Also = also
		return m
	}
	checkMerges(t, o, []mergeCase{
		{
			"no cue: the country and its leader, one act",
			[]event.Mention{blame(0, "country:RUS", false), blame(2, "person:putin", false)},
			[]string{"2025-03-20 disapprove a"},
		},
		{
			"the leader also blamed: two acts",
			[]event.Mention{blame(0, "country:RUS", false), blame(2, "person:putin", true)},
			[]string{"2025-03-20 disapprove a", "2025-03-20 disapprove a"},
		},
		{
			"merged first: still two",
			[]event.Mention{blame(2, "person:putin", true), blame(0, "country:RUS", false)},
			[]string{"2025-03-20 disapprove a", "2025-03-20 disapprove a"},
		},
		{
			"an unnamed doer's blame, then a named one also blamed: two acts",
			[]event.Mention{blame(0, "", false), blame(1, "person:putin", true)},
			[]string{"2025-03-20 disapprove a", "2025-03-20 disapprove a"},
		},
		{
			"an unnamed doer's blame, then a named one without the cue: one act",
			[]event.Mention{blame(0, "", false), blame(1, "person:putin", false)},
			[]string{"2025-03-20 disapprove a"},
		},
		{
			"the same doer also blamed: one act",
			[]event.Mention{blame(0, "person:putin", false), blame(2, "person:putin", true)},
			[]string{"2025-03-20 disapprove a"},
		},
	})
}
