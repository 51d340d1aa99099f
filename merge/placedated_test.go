package merge

import (
	"maps"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/event"
)

// TestPlaceDated checks that the place alone ties a mention to an event
// of another article only when the dates say they may be one: a visit
// told as under way ("who is paying a visit to the country", dated up to
// its article's day) is not an arrival at its capital told in an article
// of years before, nor is "his last visit to the country was in 2025"
// the visit another article dates to a day of that year, while the next
// day's "after wrapping up a two-day meeting in the capital" is the
// meeting that "began on Friday" there.
func TestPlaceDated(t *testing.T) {
	o := opts()
	o.KeepAnonymous = true
	o.DCT = maps.Clone(o.DCT)
	o.DCT["old"] = time.Date(2016, 4, 27, 0, 0, 0, 0, time.UTC)
	at := func(m event.Mention, place string, basis event.Basis) event.Mention {
		m.Location = place
		if m.Time == nil {
			m.Basis = basis
		}
		return m
	}
	tests := []mergeCase{
		{
			"a visit under way and an arrival at its capital years before: two",
			[]event.Mention{
				at(mention("a", 1, event.Visit, "", "person:shoigu"), "country:PRK", event.PublicationBound),
				at(mention("old", 1, event.Visit, "2016-04-27", ""), "place:pyongyang", event.Explicit),
			},
			[]string{"2016-04-27 visit old", "2025-03-21 visit a"},
		},
		{
			"a visit of another article dated only to its year and a visit on a day of it, at one place: two",
			[]event.Mention{
				at(mention("a", 1, event.Visit, "2025-03-10", ""), "country:PRK", event.Explicit),
				at(mention("old", 1, event.Visit, "2025", "person:shoigu"), "country:PRK", event.Explicit),
			},
			[]string{"2025 visit old", "2025-03-10 visit a"},
		},
		{
			"a meeting begun the day before in another article: one",
			[]event.Mention{
				at(mention("c", 1, event.Meeting, "", ""), "place:pyongyang", event.PublicationBound),
				at(mention("a", 1, event.Meeting, "2025-03-21", ""), "place:pyongyang", event.Explicit),
			},
			[]string{"2025-03-21 meeting a,c"},
		},
	}
	checkMerges(t, o, tests)
}
