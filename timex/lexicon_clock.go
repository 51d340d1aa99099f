package timex

// meridiems maps a.m./p.m. spellings (lower case, final period trimmed) to
// true for p.m.
var meridiems = map[string]bool{"a.m": false, "am": false, "p.m": true, "pm": true}

// timezones are zone abbreviations that may follow a clock time and belong
// to its span ("4 a.m. EDT").
var timezones = wordList("timezones")

// namedTimes are words that name a clock time.
var namedTimes = map[string]string{"noon": "12:00", "midday": "12:00", "midnight": "24:00"}
