package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestCopiedAcrossDays checks that a publication-dated mention joins the
// event of another day's article whose sentence it copies word for word
// (a wire story run again a day later), while the same act told in other
// words by the later article stays apart (rule 5).
func TestCopiedAcrossDays(t *testing.T) {
	o := guardOpts()
	said := func(doc, quote string) event.Mention {
		m := mention(doc, 3, event.Reject, "", "org:ardenian-council")
		m.Quote, m.Basis = quote, event.PublicationBound // "has rejected"
		return m
	}
	const wire = "The Ardenian council has rejected the demands of its neighbours to open the border crossings before the harvest."
	tests := []mergeCase{
		{
			"the copy of the day before's sentence is one act",
			[]event.Mention{said("a", wire), said("c", wire)},
			[]string{"2025-03-21 reject a,c"},
		},
		{
			"the act told in other words by the later article stays apart",
			[]event.Mention{said("a", wire), said("c", "The council of Ardenia has turned down the calls of the nearby states to open the crossings soon.")},
			[]string{"2025-03-21 reject a", "2025-03-22 reject c"},
		},
	}
	checkMerges(t, o, tests)
}
