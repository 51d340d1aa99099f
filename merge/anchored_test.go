package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestAnchoredAcrossArticles checks that a mention with no time of its
// own, joined in its article to an event another sentence dates to a
// day, is judged by that day when its event meets another article's
// event (anchored): "Vell, freed on the eve of his trial, spoke on
// Saturday" / "before being released on Thursday" in Saturday's article
// and "Vell, freed on Thursday, flew home" in Friday's are one release.
func TestAnchoredAcrossArticles(t *testing.T) {
	o := guardOpts()
	freedLead := mention("c", 0, event.Release, "", "person:vell") // "Vell, freed on the eve of his trial"
	freedLead.Basis = event.PublicationBound
	releasedOn := mention("c", 2, event.Release, "2025-03-20", "") // "before being released on Thursday"
	checkMerges(t, o, []mergeCase{
		{"the lead told with no day joins the other article's release of the day its own article names",
			[]event.Mention{mention("a", 0, event.Release, "2025-03-20", "person:vell"), freedLead, releasedOn},
			[]string{"2025-03-20 release a,c"}},
	})
}

// TestNewsOfItsDay checks that a verb dated only as the news of its
// article's day joins another article's event of the same doer dated by
// its own expression to exactly that day (newsOfItsDay): "Vell arrived in
// the capital" in Friday's article and "Vell arrived here on Friday" in
// Saturday's are one arrival, "Vell called for talks" and "on Friday Vell
// called for talks" one call; not for a noun.
func TestNewsOfItsDay(t *testing.T) {
	o := guardOpts()
	noun := func(m event.Mention) event.Mention { m.Noun = true; return m }
	checkMerges(t, o, []mergeCase{
		{"an arrival of the day's news and the arrival on that day told the next day",
			[]event.Mention{mention("a", 2, event.Visit, "", "person:vell"), mention("c", 5, event.Visit, "2025-03-21", "person:vell")},
			[]string{"2025-03-21 visit a,c"}},
		{"a call of the day's news and the call on that day told the next day",
			[]event.Mention{mention("c", 5, event.Appeal, "2025-03-21", "person:vell"), mention("b", 1, event.Appeal, "", "person:vell")},
			[]string{"2025-03-21 appeal b,c"}},
		{"a noun of the day's news tells no act of its day",
			[]event.Mention{noun(mention("a", 2, event.Visit, "", "person:vell")), mention("c", 5, event.Visit, "2025-03-21", "person:vell")},
			[]string{"2025-03-21 visit a", "2025-03-21 visit c"}},
	})
}
