package event

import (
	"slices"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// The news day of the lead. Wire copy filed after midnight, or in a paper
// of the next morning, tells the day's news on the day before its
// publication date: "Violence flared in Gaza Monday ..." in a Tuesday
// dispatch. Its lead gives that day once; the body goes on in the simple
// past without repeating it ("A party official was shot dead after
// gunmen opened fire on his car"), beyond the few sentences narrative dating
// reaches (narrative.go), and those acts are the lead's day's, not the
// publication day's. When the lead (the first sentence) dates the acts it
// tells by times of their own, one at least told in the simple past (by a
// verb, or by a noun whose clause's verb is one: "the session ended on
// Friday"), to the day right before the publication date, and to no other
// day, until a later sentence dates an act to another day, an asserted or
// reported mention of a later sentence with no time of its own, told in
// the simple past (a verb, or a noun by its light verb or the verb it is
// the object of: "issued a statement", "resisted arrest") and naming a
// side (an agent, a counterpart, or a target it was done to: "X was
// arrested by the same unit"; "shots were fired" stays the weak news of
// the publication day), takes that day (basis relative). A
// lead dated on the publication day, or further back, changes nothing:
// further back, the body has moved on to the news of the day. A perfect, a
// relative clause or any act told as before stays bound (aspect.go:
// bindUndated runs first).

// newsDayLag is how many days before the publication date the lead's day
// lies when it is the article's news day.
const newsDayLag = 1

// noteNewsDay records the lead's news day (see above) from the mentions of
// the article's first sentence.
func (s *sent) noteNewsDay(ts []*trigger, ms []Mention) {
	if s.index != 0 || s.d.in.DCT.IsZero() {
		return
	}
	y, mo, d := s.d.in.DCT.Date()
	want := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -newsDayLag)
	told := false
	for k, t := range ts {
		m := &ms[k]
		if m.Time == nil || m.Background || m.Basis != Explicit && m.Basis != Relative || !fine(m.Time) ||
			m.Time.Interval == nil || m.Factuality != Asserted && m.Factuality != Reported {
			continue
		}
		if !onDay(m.Time.Interval.Start, want) {
			return // the lead tells news of another day too
		}
		told = told || s.toldInSimplePast(t)
	}
	if told {
		s.d.mem.newsDay = &timex.Timex{Type: timex.Date, Value: want.Format(time.DateOnly), Granularity: timex.Day,
			Interval: &timex.Interval{Start: want, End: want}, Relative: true}
	}
}

// carryNewsDay dates the undated simple-past mentions of a later sentence
// by the lead's news day (see above).
func (s *sent) carryNewsDay(ts []*trigger, ms []Mention) {
	nd := s.d.mem.newsDay
	if nd == nil || s.index == 0 {
		return
	}
	for k := range ms {
		m := &ms[k]
		if m.Time != nil && m.Time.Interval != nil && m.Basis != Publication && m.Basis != PublicationBound && !m.Background &&
			!onDay(m.Time.Interval.Start, nd.Interval.Start) {
			// a sentence that dates an act to another day ends the
			// lead's account ("Putin met Xi in 2019")
			s.d.mem.newsDay = nil
			return
		}
	}
	for k, t := range ts {
		m := &ms[k]
		if !dayOfPublication(m) || m.Background || !hasSide(m) || !s.toldInSimplePast(t) || s.placeRelative(t) {
			continue
		}
		x := *nd
		m.Time, m.Basis = &x, Relative
	}
}

// toldInSimplePast reports whether trigger t tells its act in the simple
// past: a verb by simplePast, a noun by the verb of its clause (its light
// verb or the verb it is the object of: "issued a statement", "resisted
// arrest"; the verb it is the subject of: "the session ended").
func (s *sent) toldInSimplePast(t *trigger) bool {
	if !t.noun {
		return s.simplePast(t)
	}
	v := s.aspectVerb(t)
	if v < 0 {
		v = s.subjectOfVerb(t)
	}
	if v < 0 {
		return false
	}
	return s.simplePast(&trigger{start: v, end: v + 1, e: t.e, anchor: v, recipient: -1, merged: -1})
}

// subjectOfVerb returns the token of the verb whose nominal subject the
// parse makes the noun trigger t ("the session ended"), or -1.
func (s *syntax) subjectOfVerb(t *trigger) int {
	return s.verbOfNoun(t, func(rel string) bool { return strings.HasPrefix(rel, "nsubj") })
}

// hasSide reports whether m names an agent, a counterpart or a target.
func hasSide(m *Mention) bool {
	return hasParty(m) || slices.ContainsFunc(m.Participants, func(p Participant) bool { return p.Role == Target })
}
