package pipeline

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// News names a day without its year when it falls in the article's own
// year ("the woman died on November 10", "markets were closed for
// Thanksgiving"), as it does a month (see yearlessMonthBound). In the year
// of the latest full date, the latest such day reported raises the lower
// bound to the day. A holiday is dated by its rule (the tagger's: the
// fourth Thursday of November) in that year. And a text that also tells
// of something "earlier this month" was written in the month of that day:
// the month had not turned since. The year must come from evidence that
// puts the DCT in it (a yearless month or a count, see inferDCT): the
// latest full date alone is too often history, and a day taking its year
// then is a year off.

// yearlessDayBound raises a lower bound with the days a text names
// without a year (holidays included), in sentences that do not speak of
// the future, taken in the bound's year: the latest such day after the
// bound.
func yearlessDayBound(text string, timexes []timex.Timex, bound time.Time) (time.Time, string, bool) {
	toks := token.Tokenize(text)
	sents := token.Sentences(text, toks)
	best, why := bound, ""
	var holidays []timex.Timex // the holidays, tagged in the bound's year
	for _, t := range timexes {
		if t.Type != timex.Date || t.Future || len(t.Value) != len("XXXX-11-10") || !strings.HasPrefix(t.Value, "XXXX-") {
			continue
		}
		if futureSentence(text, toks, sents, t.Start) {
			continue
		}
		m, err1 := strconv.Atoi(t.Value[5:7])
		dd, err2 := strconv.Atoi(t.Value[8:10])
		var d time.Time
		switch {
		case err1 == nil && err2 == nil:
			d = time.Date(bound.Year(), time.Month(m), dd, 0, 0, 0, 0, time.UTC)
			if d.Month() != time.Month(m) {
				continue // no such day
			}
		case err1 == nil && strings.HasSuffix(t.Value, "-XX"):
			// a holiday ("Thanksgiving", "the day after Thanksgiving"):
			// its day by the tagger's rule, read at the end of the year
			if holidays == nil {
				holidays = timex.Tag(text, time.Date(bound.Year(), 12, 31, 0, 0, 0, 0, time.UTC))
			}
			d = dayAt(holidays, t.Start, bound.Year(), m)
		}
		if d.IsZero() || !d.After(best) {
			continue
		}
		best, why = d, fmt.Sprintf("the yearless day %q (in the year the other evidence gives)", t.Text)
	}
	return best, why, why != ""
}

// dayAt returns the day of the expression starting at offset start among
// timexes, when it is a day of month m of year y; zero otherwise.
func dayAt(timexes []timex.Timex, start, y, m int) time.Time {
	for _, t := range timexes {
		if t.Start != start || t.Interval == nil || t.Granularity != timex.Day {
			continue
		}
		if d := day(t.Interval.Start); d.Year() == y && int(d.Month()) == m {
			return d
		}
	}
	return time.Time{}
}

// earlierThisMonth reports whether the text tells of something "earlier
// this month" (or "this month", not as a prospect).
func earlierThisMonth(text string, timexes []timex.Timex) bool {
	toks := token.Tokenize(text)
	sents := token.Sentences(text, toks)
	for _, t := range timexes {
		if t.Future || !strings.HasSuffix(strings.ToLower(t.Text), "this month") {
			continue
		}
		if !futureSentence(text, toks, sents, t.Start) {
			return true
		}
	}
	return false
}
