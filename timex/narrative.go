package timex

import (
	"fmt"
	"time"
)

// Narrative time. A history tells its story in the past tense, date after
// date: "In 1941 Germany invaded the Soviet Union. By October, …". A month
// or season named without a year in such a text belongs to the story's
// reference time (the latest explicit absolute date told before), not to
// the year the page was written.

// narrativeAnchor reports whether an expression of spec s, resolved to
// granularity g, is an explicit absolute date that sets the narrative's
// reference time: written out with its year, no coarser than a year.
func narrativeAnchor(s spec, g Granularity) bool {
	return s.how == fixed && !coarser(g, Year)
}

// yearLabel reports whether s, resolved to granularity g, is a year (or
// a span of years) that a determiner puts before a noun as its label
// ("the 1992 murders", "its 1980-1988 war", "a 1995 accord"): it names
// an event, not the moment a story has reached, so it sets no
// narrative reference time.
func yearLabel(r *recognizer, s spec, g Granularity) bool {
	return g == Year && determiners[r.w(s.first-1)]
}

// narrativeMinYearsBack is how many years before the DCT's year the
// reference time must lie for the text to be read as a story of the past:
// news recalls last year's events but names their months with a year.
const narrativeMinYearsBack = 2

// narrativeMinDates is how many explicit dates of the past (see
// narrativeMinYearsBack) a text must tell for it to read as a history: a
// news report recalls one or two old years, a history is told date after
// date. In a text that seldom counts days from the DCT (see deictic and
// historyDeixisRatio) the whole text counts, not only what comes before an expression: a history names
// its first year once and then goes on with "7 August", "10 August", …
// before it names the next.
const narrativeMinDates = 3

// isPastDate reports whether t lies narrativeMinYearsBack years or more
// before the DCT (always, without a DCT).
func isPastDate(t time.Time, dct anchor) bool {
	return !dct.ok || t.Year() <= dct.t.Year()-narrativeMinYearsBack
}

// deictic counts the specs that count days or weeks from the DCT, as news
// of the day does and a history seldom does (in a quote, say): a weekday, a
// weekend, "today", "yesterday", "last week".
func deictic(specs []spec) int {
	n := 0
	for _, s := range specs {
		switch {
		case s.how == weekdayOf || s.how == weekend:
			n++
		case s.how == offset && !s.prevAnchor && !s.counted && (s.unit.gran == Day || s.unit.gran == Week):
			n++
		}
	}
	return n
}

// historyDeixisRatio is how many times more dates of the past than days
// counted from the DCT (deictic) a text must tell to read as a history
// throughout: a news story recalls a few past years beside its weekdays,
// a history tells dozens of dates and quotes a weekday or two.
const historyDeixisRatio = 10

// recallDeixisRatio is how many times more dates of the past than days
// counted from the DCT a text that is no history must tell before its
// yearless months may take the year of the story it recalls: a report of
// the day that names its weekdays beside a few background years ("ruled
// from 1973 to 1990 … said on November 16") keeps its months in the
// DCT's year.
const recallDeixisRatio = 3

// pastDates counts the explicit absolute dates among specs (see
// narrativeAnchor) that lie narrativeMinYearsBack years or more before
// the DCT; without a DCT, every one. A date that sets no reference time
// where it stands (storyDate) does not count: a sports preview that
// recalls "since 1974", "the 2002 World Cup" and "1998 winners France"
// tells no history, and its "on June 12" is this season's.
func pastDates(r *recognizer, specs []spec, dct anchor) int {
	n := 0
	for _, s := range specs {
		if s.how != fixed || (s.typ != Date && s.typ != Time) {
			continue
		}
		g, iv, ok := ParseValue(s.value)
		if !ok || !narrativeAnchor(s, g) || !storyDate(r, s, g) {
			continue
		}
		if isPastDate(iv.Start, dct) {
			n++
		}
	}
	return n
}

// storyDate reports whether the explicit date s, resolved to granularity
// g, tells the moment a story has reached: not a year after "since" ("the
// first title since 1974" compares with it), nor a year that labels a noun
// ("the 1992 murders": yearLabel; "1998 winners France", "1998 champions":
// a year right before a plural or a title noun without a determiner).
func storyDate(r *recognizer, s spec, g Granularity) bool {
	if r.w(s.first-1) == "since" || yearLabel(r, s, g) {
		return false
	}
	return !(g == Year && labelNouns[r.w(s.last)])
}

// labelNouns follow a year that labels its noun with no determiner before
// it ("1998 winners France", "2002 finalists"): the year names a past
// event, not the story's time.
var labelNouns = wordList("label_nouns")

// narrativeYear returns the year of the narrative's reference time narr for
// a yearless month or season s told in the past tense, when that reference
// lies narrativeMinYearsBack years or more before the DCT (a story of the
// past, not the news of the day: a news report's "in March" stays in the
// DCT's year). Without a DCT there is no telling a story of the past from
// the news of the day, so the month stays yearless (DCT inference reads
// yearless months as evidence). The caller passes no narr unless
// the text tells narrativeMinDates such dates (pastDates).
func narrativeYear(s spec, dct, narr anchor, t tense) (int, bool) {
	if s.how != monthOf && s.how != seasonOf || s.yearRel || s.strict {
		return 0, false
	}
	if t != past || !narr.ok || !dct.ok || narr.t.Year() > dct.t.Year()-narrativeMinYearsBack {
		return 0, false
	}
	return narr.t.Year(), true
}

// yearlessValue renders the yearless month, day or season of s in year y.
func yearlessValue(s spec, y int) string {
	if s.how == seasonOf {
		return fmt.Sprintf("%04d-%s", y, s.season)
	}
	if s.day != 0 {
		v := fmt.Sprintf("%04d-%02d-%02d", y, s.month, s.day)
		if _, _, ok := ParseValue(v); ok {
			return v
		}
		return fmt.Sprintf("XXXX-%02d-%02d", s.month, s.day)
	}
	return fmt.Sprintf("%04d-%02d", y, s.month)
}
