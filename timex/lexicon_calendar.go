package timex

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

// ambiguousMonths are month words that are also ordinary words (the verb
// "may", the verb and noun "march", the "mar" of "to mar").
var ambiguousMonths = map[string]bool{"may": true, "march": true, "mar": true}

// weekdays maps weekday names and abbreviations to time.Weekday numbers
// (Sunday = 0).
var weekdays = map[string]int{
	"sunday": 0, "sun": 0,
	"monday": 1, "mon": 1,
	"tuesday": 2, "tue": 2, "tues": 2,
	"wednesday": 3, "wed": 3,
	"thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
	"friday": 5, "fri": 5,
	"saturday": 6, "sat": 6,
}

// weekdayPlurals are the plural weekday names that denote sets ("on
// Tuesdays").
var weekdayPlurals = map[string]int{
	"sundays": 0, "mondays": 1, "tuesdays": 2, "wednesdays": 3,
	"thursdays": 4, "fridays": 5, "saturdays": 6,
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
