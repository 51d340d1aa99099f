package event

import (
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// A weekday's direction follows the clause that governs it. The time
// tagger reads a weekday's direction off the tense cue nearest it, which
// in "the opposition vowed to win Sunday's polls" is the past "vowed": it
// gives the Sunday before. The clause the weekday dates, though, is the
// infinitive "to win", which a verb of plans governs and which lies after
// the vow: the coming Sunday. With a parse, a weekday that is its
// trigger's own expression (in its phrase or attached to it) and that the
// tagger placed before the publication day is moved a week on when the
// trigger's clause points forward (forwardClause); the event is then
// planned (extract.go, futureDate).

// forwardClause reports whether the parse tells t's clause as lying after
// the time it is told at: its verb has a modal of plans ("will win",
// "would hold": data/modality.yaml, modals, planned), or it is an
// infinitive complement (xcomp) of a verb of plans or wishes ("vowed to
// win", "hopes to hold": complement, planned or hypothetical). A verb
// that implies its complement happened or did not ("managed to", "failed
// to": not planned nor hypothetical), or a decision made that enacts its
// infinitive's act ("decided to halt talks": decidedAct), does not point
// forward.
func (s *sent) forwardClause(t *trigger) bool {
	v, ok := s.clauseVerb(t)
	if !ok {
		return false
	}
	tr := s.tr
	if tr.modal(v) == Planned {
		return true
	}
	if !tr.infinitive(v) || tr.rel(v) != "xcomp" {
		return false
	}
	g, ok := tr.head(v)
	if !ok {
		return false
	}
	if decidedAct(t, tr, g) {
		return false // "decided to suspend aid on Monday": the decision's act, done that day
	}
	f := tr.classOf(g, theModality.complement)
	return f == Planned || f == Hypothetical
}

// forwardReading returns the weekday x re-resolved to the same weekday a
// week on, when x names a weekday resolved to a day before dct and t's
// clause points forward (see above), or the month x names with no year
// re-resolved to that month a year on, when it lies before dct's month
// ("was ready to cut output at a meeting at the end of January" in a
// December paper: the coming January); nil otherwise.
func (s *sent) forwardReading(t *trigger, x *timex.Timex) *timex.Timex {
	dct := s.d.in.DCT
	if x != nil && x.Interval != nil && x.Granularity == timex.Month && !dct.IsZero() && namesMonthOnly(x.Text) {
		return s.forwardMonth(t, x)
	}
	if x == nil || !x.Relative || x.Interval == nil || x.Granularity != timex.Day || dct.IsZero() || !namesWeekday(x.Text) {
		return nil
	}
	day := time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)
	if !x.Interval.Start.Before(day) || !s.forwardClause(t) {
		return nil
	}
	d := x.Interval.Start.AddDate(0, 0, 7)
	if !d.After(day) {
		return nil
	}
	y := *x
	y.Interval = &timex.Interval{Start: d, End: d}
	y.Value = d.Format(time.DateOnly)
	y.Future = true
	return &y
}

// namesWeekday reports whether text names a day of the week ("Sunday",
// "Sunday's", "on Tuesday night").
func namesWeekday(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,"), "'s"), "’s")
		if _, day := timex.Weekday(w); day {
			return true
		}
	}
	return false
}

// forwardMonth is forwardReading for a month named with no year.
func (s *sent) forwardMonth(t *trigger, x *timex.Timex) *timex.Timex {
	dct := s.d.in.DCT
	month := time.Date(dct.Year(), dct.Month(), 1, 0, 0, 0, 0, time.UTC)
	if !x.Interval.Start.Before(month) || !s.forwardClause(t) {
		return nil
	}
	start := x.Interval.Start.AddDate(1, 0, 0)
	if start.After(month.AddDate(1, 0, 0)) {
		return nil // read forward, no more than a year on
	}
	y := *x
	y.Interval = &timex.Interval{Start: start, End: start.AddDate(0, 1, -1)}
	y.Value = start.Format("2006-01")
	y.Future = true
	return &y
}

// namesMonthOnly reports whether text names a month (the standard
// library's full names) and holds no digit: "January", "the end of
// January", not "January 2007".
func namesMonthOnly(text string) bool {
	if strings.ContainsAny(text, "0123456789") {
		return false
	}
	for _, w := range strings.Fields(text) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,"), "'s"), "’s")
		for m := time.January; m <= time.December; m++ {
			if strings.EqualFold(w, m.String()) {
				return true
			}
		}
	}
	return false
}
