package timex

import (
	"strconv"
	"strings"
	"time"
)

// ParseValue returns the granularity and calendar interval of a TIMEX3
// DATE or TIME value: years (2024), decades (199), centuries (20), months
// (2024-06), days (2024-06-19, 2025-W12-5), ISO weeks (2025-W12,
// 2025-W12-WE),
// seasons (2024-FA), quarters (2025-Q1), halves (2024-H1), and times of
// day (2025-03-21T14:00, 2025-03-21TMO). It reports false for values that
// are not one calendar interval: PAST_REF, XXXX-06, durations, sets.
//
// Interval ends are inclusive: for values of day granularity or coarser,
// End is midnight of the last day; for times, End is the last minute.
func ParseValue(value string) (Granularity, *Interval, bool) {
	date, clock, hasClock := strings.Cut(value, "T")
	g, start, end, ok := parseDate(date)
	if !ok {
		return "", nil, false
	}
	if !hasClock {
		return g, &Interval{Start: start, End: end}, true
	}
	if g != Day {
		return "", nil, false
	}
	if h, ok := partOfDayHours[clock]; ok && len(clock) == 2 {
		s := start.Add(time.Duration(h[0]) * time.Hour)
		e := start.Add(time.Duration(h[1])*time.Hour + 59*time.Minute)
		return PartOfDay, &Interval{Start: s, End: e}, true
	}
	hh, mm, ss, g2, ok := parseClock(clock)
	if !ok {
		return "", nil, false
	}
	s := start.Add(time.Duration(hh)*time.Hour + time.Duration(mm)*time.Minute + time.Duration(ss)*time.Second)
	e := s
	if g2 == Hour {
		e = s.Add(59 * time.Minute)
	}
	return g2, &Interval{Start: s, End: e}, true
}

func parseClock(c string) (h, m, s int, g Granularity, ok bool) {
	parts := strings.Split(c, ":")
	if len(parts) > 3 {
		return 0, 0, 0, "", false
	}
	vals := make([]int, len(parts))
	for i, p := range parts {
		v, ok := digits(p, 2)
		if !ok {
			return 0, 0, 0, "", false
		}
		vals[i] = v
	}
	switch len(parts) {
	case 1:
		g = Hour
	case 2:
		g = Minute
	default:
		g = Second
		s = vals[2]
	}
	h = vals[0]
	if len(vals) > 1 {
		m = vals[1]
	}
	if h > 24 || m > 59 || s > 59 || (h == 24 && (m > 0 || s > 0)) {
		return 0, 0, 0, "", false
	}
	return h, m, s, g, true
}

// digits parses s as exactly n decimal digits.
func digits(s string, n int) (int, bool) {
	if len(s) != n {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func parseDate(v string) (Granularity, time.Time, time.Time, bool) {
	var z time.Time
	switch len(v) {
	case 2:
		c, ok := digits(v, 2)
		if !ok {
			return "", z, z, false
		}
		return Century, day(c*100, 1, 1), day(c*100+99, 12, 31), true
	case 3:
		d, ok := digits(v, 3)
		if !ok {
			return "", z, z, false
		}
		return Decade, day(d*10, 1, 1), day(d*10+9, 12, 31), true
	}
	if len(v) < 4 {
		return "", z, z, false
	}
	y, ok := digits(v[:4], 4)
	if !ok {
		return "", z, z, false
	}
	if len(v) == 4 {
		return Year, day(y, 1, 1), day(y, 12, 31), true
	}
	if v[4] != '-' {
		return "", z, z, false
	}
	rest := v[5:]
	switch {
	case len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4':
		q := int(rest[1] - '0')
		return Quarter, day(y, 3*q-2, 1), day(y, 3*q+1, 0), true
	case len(rest) == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2'):
		h := int(rest[1] - '0')
		return Half, day(y, 6*h-5, 1), day(y, 6*h+1, 0), true
	case len(rest) == 2 && seasonStartMonth[rest] != 0:
		m := seasonStartMonth[rest]
		return Season, day(y, m, 1), day(y, m+3, 0), true
	case len(rest) >= 3 && rest[0] == 'W':
		w, ok := digits(rest[1:3], 2)
		if !ok || w < 1 || w > isoWeeks(y) {
			return "", z, z, false
		}
		s := isoWeekStart(y, w)
		if len(rest) == 3 {
			return Week, s, s.AddDate(0, 0, 6), true
		}
		if rest[3:] == "-WE" {
			return Week, s.AddDate(0, 0, 5), s.AddDate(0, 0, 6), true
		}
		if len(rest) == 5 && rest[3] == '-' && rest[4] >= '1' && rest[4] <= '7' {
			d := s.AddDate(0, 0, int(rest[4]-'1'))
			return Day, d, d, true
		}
		return "", z, z, false
	}
	m, ok := digits(rest[:min(2, len(rest))], 2)
	if !ok || m < 1 || m > 12 {
		return "", z, z, false
	}
	if len(rest) == 2 {
		return Month, day(y, m, 1), day(y, m+1, 0), true
	}
	if len(rest) != 5 || rest[2] != '-' {
		return "", z, z, false
	}
	d, ok := digits(rest[3:], 2)
	if !ok || d < 1 || d > day(y, m+1, 0).Day() {
		return "", z, z, false
	}
	t := day(y, m, d)
	return Day, t, t, true
}

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := day(y, 1, 4)
	off := (int(jan4.Weekday()) + 6) % 7
	return jan4.AddDate(0, 0, -off+7*(w-1))
}

// isoWeeks returns the number of ISO weeks in year y (52 or 53).
func isoWeeks(y int) int {
	_, w := day(y, 12, 28).ISOWeek()
	return w
}

// ValidValue reports whether value is a well-formed TIMEX3 value for typ:
// a calendar value (as [ParseValue] accepts, or with X placeholders), a
// reference (PAST_REF, PRESENT_REF, FUTURE_REF) for DATE and TIME, a
// duration (P3D, PT5H, PXY, P1DT2H) for DURATION and SET, or a calendar
// pattern (XXXX-WXX-4) for SET.
func ValidValue(typ Type, value string) bool {
	switch typ {
	case Date, Time:
		switch value {
		case "PAST_REF", "PRESENT_REF", "FUTURE_REF":
			return true
		}
		return validCalendar(value)
	case Duration:
		return validDuration(value)
	case Set:
		return validDuration(value) || validCalendar(value)
	}
	return false
}

// validCalendar accepts calendar values in which any digit may be an X.
func validCalendar(v string) bool {
	if rest, ok := strings.CutPrefix(v, "BC"); ok {
		// a year before the common era: BC0480, BC0480-04
		return len(rest) >= 4 && rest[0] != 'B' && validCalendar(rest)
	}
	if _, _, ok := ParseValue(v); ok {
		return true
	}
	// replace X placeholders by digits and try again.
	norm := []byte(v)
	for i, c := range norm {
		if c == 'X' {
			norm[i] = '1'
		}
	}
	if !strings.ContainsRune(v, 'X') {
		return false
	}
	_, _, ok := ParseValue(string(norm))
	return ok
}

// validDuration accepts ISO 8601 durations with X for unknown counts.
func validDuration(v string) bool {
	if len(v) < 3 || v[0] != 'P' {
		return false
	}
	body := v[1:]
	datePart, timePart, hasT := strings.Cut(body, "T")
	if hasT && timePart == "" {
		return false
	}
	if datePart == "" && !hasT {
		return false
	}
	return durationFields(datePart, []string{"Y", "M", "W", "D", "DE", "CE", "C", "Q", "WE"}) &&
		durationFields(timePart, []string{"H", "M", "S"})
}

func durationFields(s string, designators []string) bool {
	for s != "" {
		i := 0
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == 'X') {
			i++
		}
		if i == 0 {
			return false
		}
		num := s[:i]
		if num != "X" {
			if _, err := strconv.ParseFloat(num, 64); err != nil {
				return false
			}
		}
		s = s[i:]
		matched := false
		for _, d := range []string{"DE", "CE", "WE"} {
			if strings.HasPrefix(s, d) && contains(designators, d) {
				s = s[len(d):]
				matched = true
				break
			}
		}
		if !matched {
			if s == "" || !contains(designators, s[:1]) {
				return false
			}
			s = s[1:]
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
