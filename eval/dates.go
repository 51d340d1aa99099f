package eval

import (
	"time"

	"github.com/chronograph-news/chronograph/timeline"
)

// beforeWindow is how long before the publication bound a prediction for
// a "before" gold date may start and still be right: the format says such
// events happened "at or shortly before publication".
const beforeWindow = 7 * 24 * time.Hour

// publication is the basis of a predicted date that is the document's own.
const publication = timeline.BasisPublication

// predInterval returns the predicted date's interval, false when it has
// none that parses.
func predInterval(d timeline.Date) (start, end time.Time, ok bool) {
	s, err1 := time.Parse(time.DateOnly, d.Start)
	e, err2 := time.Parse(time.DateOnly, d.End)
	if err1 != nil || err2 != nil || e.Before(s) {
		return time.Time{}, time.Time{}, false
	}
	return s, e, true
}

// dateRight reports whether the predicted date p holds the gold date g at
// g's granularity (see the package comment), and whether it is exact.
func dateRight(g GoldDate, p timeline.Date) (right, exact bool) {
	if g.Before != "" && p.Basis == publication {
		return true, true
	}
	if p.Bound() {
		// on or before its end, how long before unknown: it says what a
		// gold "before" date with the same bound says, and holds no
		// bounded interval
		right := g.Before != "" && p.End == g.Before
		return right, right
	}
	s, e, ok := predInterval(p)
	if !ok || g.start.IsZero() {
		return false, false
	}
	if g.Before != "" {
		return !e.After(g.end) && !s.Before(g.end.Add(-beforeWindow)), false
	}
	right = !s.Before(g.start) && !e.After(g.end)
	return right, right && (s.Equal(g.start) && e.Equal(g.end) || p.Value == g.Value)
}
