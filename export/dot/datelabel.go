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
// 2025", "fall 2024", "Q1 2025", "2023". It falls back to the TIMEX3
// value, then to the start date, then to "undated".
func DateLabel(d timeline.Date) string {
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

// imprecise reports whether an event's date spans more than a day (a
// week, month, season, quarter or year), so that it is drawn dashed.
func imprecise(d timeline.Date) bool {
	switch d.Granularity {
	case "day", "":
		return d.Start != "" && d.End != "" && d.End != d.Start
	}
	return true
}
