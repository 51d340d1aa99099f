package timelinejs

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/timeline"
)

var seasonNames = map[string]string{"SP": "Spring", "SU": "Summer", "FA": "Fall", "WI": "Winter"}

// modPrefix words TIMEX3 mods for a display date.
var modPrefix = map[string]string{
	"START": "Early ", "EARLY": "Early ", "MID": "Mid-", "END": "Late ", "LATE": "Late ",
	"APPROX": "About ", "BEFORE": "Before ", "AFTER": "After ", "ON_OR_BEFORE": "By ", "ON_OR_AFTER": "From ",
}

// dates returns the start and end dates and display date of d, and false
// when d has no usable start date. A publication-bound date (no start:
// on or before its end) is placed on its end day and displayed "On or
// before DATE".
func dates(d timeline.Date) (start, end *Date, display string, ok bool) {
	if d.Bound() {
		e, err := time.Parse(time.DateOnly, d.End)
		if err != nil {
			return nil, nil, "", false
		}
		return &Date{Year: e.Year(), Month: int(e.Month()), Day: e.Day()}, nil, "On or before " + e.Format("January 2, 2006"), true
	}
	s, err := time.Parse(time.DateOnly, d.Start)
	if err != nil {
		return nil, nil, "", false
	}
	e, err := time.Parse(time.DateOnly, d.End)
	if err != nil || e.Before(s) {
		e = s
	}
	prefix := modPrefix[d.Mod]
	switch d.Granularity {
	case "year":
		start = &Date{Year: s.Year()}
		if prefix != "" {
			display = prefix + strconv.Itoa(s.Year())
		}
	case "month":
		start = &Date{Year: s.Year(), Month: int(s.Month())}
		if prefix != "" {
			display = prefix + s.Format("January 2006")
		}
	case "day":
		start = &Date{Year: s.Year(), Month: int(s.Month()), Day: s.Day()}
		if prefix != "" {
			display = prefix + s.Format("January 2, 2006")
		}
	case "season":
		start = &Date{Year: s.Year(), Month: int(s.Month())}
		end = &Date{Year: e.Year(), Month: int(e.Month())}
		display = prefix + seasonText(d.Value, s)
	default:
		start = &Date{Year: s.Year(), Month: int(s.Month()), Day: s.Day()}
		if !e.Equal(s) {
			end = &Date{Year: e.Year(), Month: int(e.Month()), Day: e.Day()}
		}
		display = prefix + spanText(d.Value, d.Granularity, s, e)
	}
	return start, end, display, true
}

// seasonText names a season value such as 2024-FA ("Fall 2024").
func seasonText(value string, start time.Time) string {
	year, code, _ := strings.Cut(value, "-")
	if name, ok := seasonNames[code]; ok && len(year) == 4 {
		return name + " " + year
	}
	for _, m := range []struct {
		month time.Month
		name  string
	}{{3, "Spring"}, {6, "Summer"}, {9, "Fall"}, {12, "Winter"}} {
		if start.Month() >= m.month && start.Month() < m.month+3 {
			return fmt.Sprintf("%s %d", m.name, start.Year())
		}
	}
	return fmt.Sprintf("Winter %d", start.Year())
}

// spanText names a quarter, half, decade or century value, or else writes
// the span from start to end.
func spanText(value, gran string, s, e time.Time) string {
	year, part, _ := strings.Cut(value, "-")
	switch {
	case gran == "quarter" && len(year) == 4 && len(part) == 2 && part[0] == 'Q':
		return part + " " + year
	case gran == "half" && len(year) == 4 && len(part) == 2 && part[0] == 'H':
		return part + " " + year
	case gran == "decade" && len(value) == 3 && digits(value):
		return value + "0s"
	case gran == "century" && len(value) == 2 && digits(value):
		return value + "00s"
	}
	switch {
	case e.Equal(s):
		return s.Format("January 2, 2006")
	case s.Year() != e.Year():
		return s.Format("January 2, 2006") + " – " + e.Format("January 2, 2006")
	case s.Month() != e.Month():
		return s.Format("January 2") + " – " + e.Format("January 2, 2006")
	default:
		return s.Format("January 2") + "–" + e.Format("2, 2006")
	}
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
