package event

import (
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// Delayed reports. Wire news tells the day's news: an event its text does
// not date, told in the simple past, is the news of the publication day,
// and takes that date. An article whose lead dates its own news days
// before publication ("Voters went to the polls on Sunday" in a Friday
// paper; "the clock a boy brought to school last week") is a delayed
// report: what it goes on to tell in the simple past without a date of
// its own (the results, the winners, the awards, the trip) happened
// around the lead's day or before, not on the publication day. Such a
// mention is bounded by the publication date (basis PublicationBound)
// instead of taking it: its day is unknown, but it lies on or before the
// publication date.
//
// The lead is the first sentence (or, after a byline, the second:
// headlineLead) that tells an event or holds a time expression; every
// date it gives must be a day or a week that ends at least
// delayedReportDays before the publication date ("on Thursday" in a
// Saturday paper may still be the day's news of a wire report filed
// overnight), and its report, when it tells one, must be dated too
// (noteLead).
//
// A mention the narrative already dated (narrative.go) keeps its date, as
// does one told in the present, the future, or as planned, and a noun
// (bindDelayed): only a verb in the simple past tells a happening done.

// delayedReportDays is how many days before the publication date the
// lead's date must end for the article to be a delayed report.
const delayedReportDays = 2

// stateStarts open an expression that bounds a state (data/words.yaml).
var stateStarts = wordList("state_starts")

// noteLead records, for the first sentence within headlineLead that tells
// an event or holds a time expression, whether its dates make the article
// a delayed report: every expression of the lead that dates events
// (its mentions' dates, or its own expressions when no mention holds one:
// "News of the police response last week has spread") must be a day or
// a week that ends delayedReportDays or more before the publication date.
// The day of the report itself in the lead ("the tribunal said on
// Tuesday") makes it the day's news; an expression opening a state
// ("since March 13", "until Monday") tells the state's start, not the news.
func (s *sent) noteLead(ms []Mention) {
	d := s.d
	if d.mem.leadSeen || s.index >= headlineLead || d.in.DCT.IsZero() {
		return
	}
	var xs []*timex.Timex
	states := map[string]bool{} // the expressions opening a state, by text
	for i := s.first; i < s.last; i++ {
		xi := d.timexAt[i]
		if xi < 0 || (i > s.first && d.timexAt[i-1] == xi) || !datesEvents(&d.in.Times[xi]) {
			continue
		}
		if x := &d.in.Times[xi]; i > s.first && stateStarts[s.word(i-1)] {
			states[x.Text] = true
		} else {
			xs = append(xs, x)
		}
	}
	for k := range ms {
		if m := &ms[k]; m.Time != nil && !states[m.Time.Text] && (m.Factuality == Asserted || m.Factuality == Reported) {
			xs = append(xs, m.Time)
		}
	}
	if len(xs) == 0 && len(ms) == 0 {
		return // no news told yet: the lead is still to come
	}
	d.mem.leadSeen = true
	limit := daysBeforeDCT(d.in.DCT, delayedReportDays)
	for _, x := range xs {
		if x.Interval == nil || (x.Granularity != timex.Week && !fine(x)) || x.Interval.End.After(limit) {
			return
		}
	}
	d.mem.delayed = len(xs) > 0 && !s.undatedReport()
}

// undatedReport reports whether the root verb of the sentence, or the one
// of a report told after its content, is a verb of reporting that no time
// expression dates ("Mwanawasa said the summit held
// on Nov. 4-5 was beneficial"): the lead tells the report, the day's news,
// and the old date is that of what it reports.
func (s *sent) undatedReport() bool {
	tr := s.tree()
	if tr == nil {
		return false
	}
	for i := range tr.words {
		n := node(i)
		if tr.rel(n) != "root" {
			continue
		}
		if !tr.lemmaIn(n, s.d.lx.reporting) {
			// a report told after what it reports ("The unrest is worse
			// than a civil war, Annan told the BBC")
			ps := tr.kids(n, is("parataxis"))
			if len(ps) == 0 || !tr.lemmaIn(ps[0], s.d.lx.reporting) {
				return false
			}
			n = ps[0]
		}
		for c := s.first; c < s.last; c++ {
			if s.d.timexAt[c] < 0 {
				continue
			}
			if a, ok := s.attachmentOf(c); ok && a.head == n {
				return false
			}
		}
		return true
	}
	return false
}

// bindDelayed bounds by the publication date each undated simple-past
// mention of a sentence after the lead of a delayed report (see above).
func (s *sent) bindDelayed(ts []*trigger, ms []Mention) {
	if !s.d.mem.delayed {
		return
	}
	for k, t := range ts {
		m := &ms[k]
		if !dayOfPublication(m) || m.Background {
			continue
		}
		if t.noun || !s.simplePast(t) {
			continue
		}
		m.Basis = PublicationBound
	}
}

// daysBeforeDCT returns the day n days before the day of dct, at
// midnight UTC, as time expressions' intervals are.
func daysBeforeDCT(dct time.Time, n int) time.Time {
	y, mo, dd := dct.Date()
	return time.Date(y, mo, dd, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -n)
}
