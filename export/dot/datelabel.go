package dot

import (
	"strconv"
	"strings"

	"github.com/chronograph-news/chronograph/timeline"
)

var monthNames = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

var seasonNames = map[string]string{"SP": "spring", "SU": "summer", "FA": "fall", "AU": "fall", "WI": "winter"}

var modWords = map[string]string{
	"START": "early", "MID": "mid", "END": "late",
	"BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "by", "ON_OR_AFTER": "from",
	"APPROX": "about", "LESS_THAN": "under", "MORE_THAN": "over",
}

// DateLabel renders an event date for people: "21 Mar 2025", "late Mar
// 2025", "fall 2024", "Q1 2025", "2023", "on or before 22 Mar 2025" (a
// publication-bound date). It falls back to the TIMEX3 value, then to the
// start date, then to "undated".
func DateLabel(d timeline.Date) string {
	if d.Bound() && d.End != "" {
		return boundPrefix + plainDate(timeline.Date{Value: d.End})
	}
	s := plainDate(d)
	if w := modWords[d.Mod]; w != "" && s != "undated" {
		s = w + " " + s
	}
	return s
}

func plainDate(d timeline.Date) string {
	v := d.Value
	year, rest, _ := strings.Cut(v, "-")
	if len(year) == 4 && isDigits(year) {
		switch {
		case rest == "":
			return year
		case seasonNames[rest] != "":
			return seasonNames[rest] + " " + year
		case len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'H') && isDigits(rest[1:]):
			return rest + " " + year
		case len(rest) == 3 && rest[0] == 'W' && isDigits(rest[1:]):
			return "week " + strings.TrimLeft(rest[1:], "0") + " " + year
		case len(rest) == 6 && rest[0] == 'W' && isDigits(rest[1:3]) && rest[3:] == "-WE":
			return "weekend of week " + strings.TrimLeft(rest[1:3], "0") + " " + year
		case len(rest) == 5 && rest[2:] == "-WE" && isDigits(rest[:2]):
			// a weekend in a month: 2025-03-WE
			if m := month(rest[:2]); m != "" {
				return "a weekend in " + m + " " + year
			}
		case len(rest) == 2 && isDigits(rest):
			if m := month(rest); m != "" {
				return m + " " + year
			}
		case len(rest) == 5 && rest[2] == '-' && isDigits(rest[:2]) && isDigits(rest[3:]):
			if m := month(rest[:2]); m != "" {
				day, _ := strconv.Atoi(rest[3:])
				return strconv.Itoa(day) + " " + m + " " + year
			}
		}
	}
	switch {
	case v != "":
		return v
	case d.Start != "" && d.End != "" && d.End != d.Start:
		return d.Start + " – " + d.End
	case d.Start != "":
		return d.Start
	}
	return "undated"
}

func month(mm string) string {
	n, err := strconv.Atoi(mm)
	if err != nil || n < 1 || n > 12 {
		return ""
	}
	return monthNames[n-1]
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// boundPrefix opens the label of a publication-bound date.
const boundPrefix = "on or before "

// imprecise reports whether an event's date spans more than a day (a
// week, month, season, quarter or year), so that it is drawn dashed. A
// publication-bound date is not: it is drawn dotted (eventStyle).
func imprecise(d timeline.Date) bool {
	if d.Bound() {
		return false
	}
	switch d.Granularity {
	case "day", "":
		return d.Start != "" && d.End != "" && d.End != d.Start
	}
	return true
}

// eventStyle returns the box style and fill of an event: solid for a day,
// dashed for a longer period, dotted and tinted for a publication-bound
// date (no date of its own: on or before its article's publication).
func eventStyle(d timeline.Date) (style, fill string) {
	switch {
	case d.Bound():
		return "rounded,filled,dotted", boundFill
	case imprecise(d):
		return "rounded,filled,dashed", eventFill
	}
	return "rounded,filled", eventFill
}

// eventClass is an event's SVG class: "event", "bound" for a
// publication-bound date, and its type.
func eventClass(d timeline.Date, typ string) string {
	if d.Bound() {
		return "event bound " + classWord(typ)
	}
	return "event " + classWord(typ)
}
