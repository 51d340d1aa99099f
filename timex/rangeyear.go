package timex

import "strings"

// A range of days written with the year once, at its end ("from November
// 20 to November 21, 1991", "between May 3 and May 5, 1991"), gives its
// first day that year: the first day names no year, and resolving it
// alone against the DCT places it in the DCT's year. rangeYears moves
// such a first day into the year of the second, or the year before when
// the range crosses a new year ("from December 28 to January 3, 1992").

// rangeJoiners are the words between the two days of a range.
var rangeJoiners = wordList("range_joiners")

// rangeYears returns xs with the first day of each such range placed in
// its second day's year.
func rangeYears(text string, xs []Timex) []Timex {
	for i := 0; i+1 < len(xs); i++ {
		a, b := &xs[i], &xs[i+1]
		if a.Type != Date || b.Type != Date || a.Granularity != Day || b.Granularity != Day ||
			a.Interval == nil || b.Interval == nil || !a.Relative || b.Relative ||
			yearWritten(a.Text) || !yearWritten(b.Text) {
			continue
		}
		if !rangeJoiners[strings.ToLower(strings.TrimSpace(text[a.End:b.Start]))] {
			continue
		}
		y := b.Interval.Start.Year()
		start := a.Interval.Start.AddDate(y-a.Interval.Start.Year(), 0, 0)
		if start.After(b.Interval.Start) {
			start = start.AddDate(-1, 0, 0)
		}
		value := start.Format("2006-01-02")
		g, iv, ok := ParseValue(value)
		if !ok {
			continue
		}
		a.Value, a.Granularity, a.Interval = value, g, iv
	}
	return xs
}

// A yearless month or day followed by "in" and a year ("the forum first
// met in December in 1999", "on May 3 in 2001") is in that year: alone it
// would resolve against the DCT. inYears moves it there; the year keeps
// its own expression, as TimeML tags the two apart.

// inYears returns xs with each yearless month or day that is followed by
// "in" and a year expression placed in that year.
func inYears(text string, xs []Timex) []Timex {
	for i := 0; i+1 < len(xs); i++ {
		a, b := &xs[i], &xs[i+1]
		if a.Type != Date || b.Type != Date || a.Granularity != Month && a.Granularity != Day || b.Granularity != Year ||
			a.Interval == nil || b.Interval == nil || !a.Relative || b.Relative ||
			yearWritten(a.Text) || !yearWritten(b.Text) || !namesMonth(a.Text) {
			continue
		}
		if strings.ToLower(strings.TrimSpace(text[a.End:b.Start])) != "in" {
			continue
		}
		start := a.Interval.Start.AddDate(b.Interval.Start.Year()-a.Interval.Start.Year(), 0, 0)
		layout := "2006-01"
		if a.Granularity == Day {
			layout = "2006-01-02"
		}
		g, iv, ok := ParseValue(start.Format(layout))
		if !ok {
			continue
		}
		a.Value, a.Granularity, a.Interval = start.Format(layout), g, iv
	}
	return xs
}

// namesMonth reports whether text has a month's name among its words
// ("December", "Dec. 5"), which a weekday or a season has not.
func namesMonth(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == '.' || r == ',' }) {
		if _, ok := months[w]; ok {
			return true
		}
	}
	return false
}

// yearWritten reports whether text holds a run of exactly four digits.
func yearWritten(text string) bool {
	run := 0
	for _, c := range text + " " {
		if c >= '0' && c <= '9' {
			run++
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
	}
	return false
}

// spanEnd reports whether the expression starting at byte start of text
// ends a span of years written with a dash ("Croatia's 1991-1995 war"):
// the span names a period the story lies in, and its last year is no
// moment the narrative moves to (its first is).
func spanEnd(text string, start int) bool {
	i := start
	if i > 0 && text[i-1] == '-' {
		i--
	} else if i >= len("–") && strings.HasSuffix(text[:i], "–") {
		i -= len("–")
	} else {
		return false
	}
	return i >= 4 && yearWritten(text[i-4:i]) && (i == 4 || text[i-5] < '0' || text[i-5] > '9')
}
