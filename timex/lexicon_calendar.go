package timex

import (
	"maps"
	"strings"
	"time"
)

// months maps month names and abbreviations (lower case, without a final
// period) to month numbers. "may" and "march" are also common words; the
// recognizer asks for more context before taking them as months.
var months = map[string]int{
	"january": 1, "jan": 1,
	"february": 2, "feb": 2,
	"march": 3, "mar": 3,
	"april": 4, "apr": 4,
	"may":  5,
	"june": 6, "jun": 6,
	"july": 7, "jul": 7,
	"august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// eraBC are the words after a year that place it before the common era
// ("480 BC", "31 B.C.E."; a final period is dropped): TIMEX3 writes such a
// year BC0480.
var eraBC = wordList("era_bc")

// ambiguousMonths are month words that are also ordinary words (the verb
// "may", the verb and noun "march", the "mar" of "to mar").
var ambiguousMonths = wordList("ambiguous_months")

// weekdayAbbrevs maps the abbreviations of weekday names to time.Weekday
// numbers (Sunday = 0); the full names are the standard library's.
var weekdayAbbrevs = map[string]int{
	"sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6,
}

// weekdays maps weekday names, lower case, and their abbreviations to
// time.Weekday numbers; weekdayPlurals the plural names that denote sets
// ("on Tuesdays").
var weekdays, weekdayPlurals = weekdayWords()

func weekdayWords() (names, plurals map[string]int) {
	names, plurals = maps.Clone(weekdayAbbrevs), map[string]int{}
	for d := time.Sunday; d <= time.Saturday; d++ {
		w := strings.ToLower(d.String())
		names[w], plurals[w+"s"] = int(d), int(d)
	}
	return names, plurals
}

// seasons maps season words to TIMEX3 season codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// seasonStartMonth is the first month of each season (meteorological
// seasons; winter YYYY-WI runs from December YYYY to February YYYY+1).
var seasonStartMonth = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// partsOfDay maps part-of-day words to TIMEX3 part-of-day codes.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
	"overnight": "NI", "dawn": "MO", "daybreak": "MO", "dusk": "EV",
}

// partOfDayHours gives the clock hours [start, end] a part of day covers.
var partOfDayHours = map[string][2]int{
	"MO": {6, 11}, "MI": {12, 12}, "AF": {12, 17}, "EV": {18, 20}, "NI": {21, 23}, "DT": {9, 17},
}

// ordinals maps ordinal words and digits to their numbers.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
	"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
	"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"twenty-first": 21, "thirtieth": 30,
}
