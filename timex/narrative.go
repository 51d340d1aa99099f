package timex

import "fmt"

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

// narrativeMinYearsBack is how many years before the DCT's year the
// reference time must lie for the text to be read as a story of the past:
// news recalls last year's events but names their months with a year.
const narrativeMinYearsBack = 2

// narrativeMinDates is how many explicit dates of the past (see
// narrativeMinYearsBack) a text must have told for it to read as a
// history: a news report recalls one or two old years, a history is told
// date after date.
const narrativeMinDates = 3

// narrativeYear returns the year of the narrative's reference time narr for
// a yearless month or season s told in the past tense, when that reference
// lies narrativeMinYearsBack years or more before the DCT (a story of the
// past, not the news of the day: a news report's "in March" stays in the
// DCT's year). Without a DCT there is no telling a story of the past from
// the news of the day, so the month stays yearless (DCT inference reads
// yearless months as evidence). The caller passes no narr until
// narrativeMinDates such dates have been told.
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
