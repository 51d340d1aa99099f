package merge

import (
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
)

// TestOtherSpan checks that, with no actor to tie them, a mention dated by
// its own expression to a month does not join a nearby event dated by its
// own to a week or a day (otherSpan): "Earlier this month, militants kidnapped 100
// people" is not "X was kidnapped on Sunday" told again; while a mention
// dated to the day or the publication, or one sharing an agent, still
// joins it.
func TestOtherSpan(t *testing.T) {
	o := guardOpts()
	sunday := with(mention("a", 3, event.Abduction, "2025-03-16", ""), event.Target, "person:deputy")
	week := sunday // dated by its own expression to a week ("last week")
	week.Time = &timex.Timex{Type: timex.Date, Value: "2025-W11", Granularity: timex.Week,
		Interval: &timex.Interval{Start: time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC), End: time.Date(2025, 3, 16, 0, 0, 0, 0, time.UTC)}}
	tests := []mergeCase{
		{
			"a month's mention next to a day's event: two happenings",
			[]event.Mention{sunday, mention("a", 4, event.Abduction, "2025-03", "agent:-:militants")},
			[]string{"2025-03 abduction a", "2025-03-16 abduction a"},
		},
		{
			"a day's mention next to a month's event: two happenings",
			[]event.Mention{mention("a", 3, event.Abduction, "2025-03", "agent:-:militants"), with(mention("a", 4, event.Abduction, "2025-03-16", ""), event.Target, "person:deputy")},
			[]string{"2025-03 abduction a", "2025-03-16 abduction a"},
		},
		{
			"a month's mention next to a week's event: two happenings",
			[]event.Mention{week, mention("a", 4, event.Abduction, "2025-03", "agent:-:militants")},
			[]string{"2025-03 abduction a", "2025-W11 abduction a"},
		},
		{
			"a relative year's tally next to a day's event: two happenings",
			[]event.Mention{sunday, relative(mention("a", 4, event.Abduction, "2025", ""))},
			[]string{"2025 abduction a", "2025-03-16 abduction a"},
		},
		{
			"a noun ranking the day's event in the year joins it",
			[]event.Mention{sunday, noun(relative(mention("a", 4, event.Abduction, "2025", "")))},
			[]string{"2025-03-16 abduction a"},
		},
		{
			"a full year naming the day's event joins it",
			[]event.Mention{sunday, mention("a", 4, event.Abduction, "2025", "")},
			[]string{"2025-03-16 abduction a"},
		},
		{
			"the same day told again joins",
			[]event.Mention{sunday, mention("a", 4, event.Abduction, "2025-03-16", "agent:-:militants")},
			[]string{"2025-03-16 abduction a"},
		},
		{
			"a time of the day joins",
			[]event.Mention{sunday, atTime(mention("a", 4, event.Abduction, "", "agent:-:militants"), "2025-03-16TAF")},
			[]string{"2025-03-16TAF abduction a"},
		},
		{
			"a shared agent still ties a month's mention to the day",
			[]event.Mention{with(mention("a", 3, event.Abduction, "2025-03-16", "agent:-:militants"), event.Target, "person:deputy"), mention("a", 4, event.Abduction, "2025-03", "agent:-:militants")},
			[]string{"2025-03-16 abduction a"},
		},
	}
	checkMerges(t, o, tests)
}

// relative marks m as dated by a relative expression ("this year").
func relative(m event.Mention) event.Mention {
	m.Basis = event.Relative
	return m
}

// TestMarketMonthApart checks that a market movement dated by its own
// expression to a month does not join a day's movement of the same
// country told by another article (otherSpan): a month's figure ("retail
// sales rose in November") is no day's trading ("stocks traded higher on
// Tuesday").
func TestMarketMonthApart(t *testing.T) {
	o := guardOpts()
	day := mention("a", 0, event.MarketMovement, "2025-03-18", "country:GBR")
	tests := []mergeCase{
		{
			"a month's figure in another article: two movements",
			[]event.Mention{day, mention("b", 0, event.MarketMovement, "2025-03", "country:GBR")},
			[]string{"2025-03 market_movement b", "2025-03-18 market_movement a"},
		},
		{
			"the same day in another article joins",
			[]event.Mention{day, mention("b", 0, event.MarketMovement, "2025-03-18", "country:GBR")},
			[]string{"2025-03-18 market_movement a,b"},
		},
	}
	checkMerges(t, o, tests)
}

// TestSalientOfDay checks that an anonymous mention dated by the
// publication joins the event of its day at its place, not an event its
// document dates to the month (otherSpan in the passes, ofDay in
// attachSalient): "earlier this month, militants stormed a ministry" is
// no event of the day's news.
func TestSalientOfDay(t *testing.T) {
	o := guardOpts()
	anon := at(mention("a", 2, event.Attack, "", ""), "place:town1")
	for _, c := range []struct {
		name  string
		value string
		want  int // sources of the militants' event
	}{
		{"a month's event of the same place: not joined", "2025-03", 1},
		{"the day's event of the same place: joined", "2025-03-21", 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			evs := Merge([]event.Mention{anon, at(mention("a", 18, event.Attack, c.value, "agent:-:militants"), "place:town1")}, o)
			for _, e := range evs {
				if e.Date.Value == c.value && len(e.Sources) != c.want {
					t.Errorf("got %v: the militants' event has %d sources, want %d", summary(evs), len(e.Sources), c.want)
				}
			}
		})
	}
}
