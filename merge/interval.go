package merge

import (
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// lastInstant returns the last instant iv holds. A timex.Interval is
// closed at day precision, its End the first instant of its last day,
// unless it is a time of day ("Thursday afternoon", "2:30 p.m."): then
// its End is that time. So a day's interval holds the times of that day
// through to midnight, and "the blast at 10:00" nests in "Sunday's
// bombing" of the same day (rule 4).
func lastInstant(iv *timex.Interval) time.Time {
	if e := iv.End; e.Equal(day(e)) {
		return e.Add(24*time.Hour - time.Nanosecond)
	}
	return iv.End
}

// nests reports whether one of a and b contains the other.
func nests(a, b *timex.Interval) bool {
	return holds(b, a) || holds(a, b)
}

// holds reports whether y contains x.
func holds(y, x *timex.Interval) bool {
	return !x.Start.Before(y.Start) && !lastInstant(x).After(lastInstant(y))
}

// overlaps reports whether a and b share an instant.
func overlaps(a, b *timex.Interval) bool {
	return !lastInstant(a).Before(b.Start) && !lastInstant(b).Before(a.Start)
}

// withinDay reports whether a date of granularity g lies within one day:
// a day or a time of it. Rule 3's same-day evidence holds for both
// ("crashed early Monday" / "the crash at 7:30").
func withinDay(g timex.Granularity) bool {
	switch g {
	case timex.Day, timex.PartOfDay, timex.Hour, timex.Minute, timex.Second:
		return true
	}
	return false
}
