package pipeline

import (
	"fmt"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// A date the text tells as still to come ("the vote will be held on Jan.
// 25, 2006", "the second match will be played on December 26") has not
// come yet: the DCT is before it. Such a fixture bounds the DCT from
// above, as the dates the text reports bound it from below.

// maxFixtureSpan is the most days from a lower bound to a fixture for the
// two to make an interval: a wider one says too little to be worth
// giving.
const maxFixtureSpan = 366

// fixtureBound returns the earliest full date the text tells as to come
// (the tagger's tense cue says future) after the lower bound (when
// hasBound): the DCT is before that day. A yearless one ("on December
// 26") is not read: it may be of the year after the DCT's, which the
// evidence does not tell. ok is false when there is none.
func fixtureBound(timexes []timex.Timex, bound time.Time, hasBound bool) (fixture time.Time, said string, ok bool) {
	for _, t := range timexes {
		if !t.Future || t.Type != timex.Date || t.Relative || t.Interval == nil || t.Granularity != timex.Day {
			continue
		}
		d := day(t.Interval.Start)
		if (hasBound && !d.After(bound)) || (ok && !d.Before(fixture)) {
			continue
		}
		fixture, said, ok = d, t.Text, true
	}
	return fixture, said, ok
}

// fixtureWhy says why a fixture bounds the DCT.
func fixtureWhy(fixture time.Time, said string) string {
	return fmt.Sprintf("before %s (%q, told as to come)", fixture.Format(time.DateOnly), said)
}
