package timex

import "time"

// holiday is a named day of the year: a fixed month and day, the nth
// weekday of a month (nth < 0 counts from the month's end), or a day
// counted from Easter Sunday.
type holiday struct {
	month, day int
	wday, nth  int // weekday (Sunday 0) and its rank in the month when day == 0
	easter     bool
	offset     int // days from Easter Sunday when easter
}

// holidays maps the (lower-case) words of holiday names to their rules.
// Multi-word names are keyed by their words joined with spaces; the
// recognizer tries the longest first. Only days that are dated the same
// way every year are listed.
var holidays = map[string]holiday{
	"christmas":              {month: 12, day: 25},
	"christmas day":          {month: 12, day: 25},
	"christmas eve":          {month: 12, day: 24},
	"boxing day":             {month: 12, day: 26},
	"new year 's day":        {month: 1, day: 1},
	"new year 's eve":        {month: 12, day: 31},
	"new years day":          {month: 1, day: 1},
	"new years eve":          {month: 12, day: 31},
	"valentine 's day":       {month: 2, day: 14},
	"st patrick 's day":      {month: 3, day: 17},
	"independence day":       {month: 7, day: 4},
	"bastille day":           {month: 7, day: 14},
	"halloween":              {month: 10, day: 31},
	"veterans day":           {month: 11, day: 11},
	"armistice day":          {month: 11, day: 11},
	"remembrance day":        {month: 11, day: 11},
	"thanksgiving":           {month: 11, wday: 4, nth: 4},
	"thanksgiving day":       {month: 11, wday: 4, nth: 4},
	"labor day":              {month: 9, wday: 1, nth: 1},
	"memorial day":           {month: 5, wday: 1, nth: -1},
	"martin luther king day": {month: 1, wday: 1, nth: 3},
	"presidents day":         {month: 2, wday: 1, nth: 3},
	"presidents ' day":       {month: 2, wday: 1, nth: 3},
	"election day":           {month: 11, wday: 2, nth: 0}, // the Tuesday after the first Monday
	"easter":                 {easter: true},
	"easter sunday":          {easter: true},
	"easter monday":          {easter: true, offset: 1},
	"good friday":            {easter: true, offset: -2},
}

// maxHolidayWords is the most words a key of holidays has.
const maxHolidayWords = 4

// date returns the holiday's date in year y.
func (h holiday) date(y int) time.Time {
	switch {
	case h.easter:
		return easterSunday(y).AddDate(0, 0, h.offset)
	case h.day != 0:
		return day(y, h.month, h.day)
	case h.nth == 0:
		// US Election Day: the Tuesday after the first Monday of November.
		d := nthWeekday(y, h.month, 1, 1)
		return d.AddDate(0, 0, 1)
	case h.nth < 0:
		last := day(y, h.month+1, 0)
		back := (int(last.Weekday()) - h.wday + 7) % 7
		return last.AddDate(0, 0, -back)
	}
	return nthWeekday(y, h.month, h.wday, h.nth)
}

// nthWeekday is the nth (1-based) weekday wd of month m of year y.
func nthWeekday(y, m, wd, nth int) time.Time {
	first := day(y, m, 1)
	fwd := (wd - int(first.Weekday()) + 7) % 7
	return first.AddDate(0, 0, fwd+7*(nth-1))
}

// easterSunday is the Gregorian Easter Sunday of year y (the anonymous
// Gregorian algorithm).
func easterSunday(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, month, dd)
}
