package event

import (
	"fmt"
	"strconv"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// pastReading re-resolves an expression resolved forward for a past-tense
// verb: a weekday to the week before (lastWeekday), a day, month, season
// or quarter named without its year to the year before (lastYear); nil
// when neither applies.
func pastReading(x *timex.Timex, dct time.Time) *timex.Timex {
	if y := lastWeekday(x, dct); y != nil {
		return y
	}
	return lastYear(x, dct)
}

// yearless are the granularities of an expression that names a part of
// a year ("in February", "last summer", "on Jan. 9") which the resolver
// may place in the wrong year.
var yearless = map[timex.Granularity]bool{timex.Day: true, timex.Month: true, timex.Season: true, timex.Quarter: true}

// lastYear re-resolves a relative day, month, season or quarter whose
// text names no year ("pledged in February" read as next February,
// "crashed on Jan. 9" in a November paper read as next January) to the
// one a year earlier, when that one starts by dct; a day only when the
// resolver carried it into the year after the DCT's. It returns nil for
// other expressions.
func lastYear(x *timex.Timex, dct time.Time) *timex.Timex {
	if x == nil || !x.Relative || x.Interval == nil || !yearless[x.Granularity] || dct.IsZero() || hasYear(x.Text) {
		return nil
	}
	if x.Granularity == timex.Day && x.Interval.Start.Year() <= dct.Year() {
		return nil // a day of the DCT's year read forward ("April 17" two days on) is no misread year
	}
	start := x.Interval.Start.AddDate(-1, 0, 0)
	if start.After(dct) {
		return nil
	}
	g, iv, ok := timex.ParseValue(shiftYear(x.Value, -1))
	if !ok || g != x.Granularity {
		return nil
	}
	y := *x
	y.Interval, y.Value = iv, shiftYear(x.Value, -1)
	return &y
}

// hasYear reports whether text holds a four-digit number or an
// apostrophe year ("'97").
func hasYear(text string) bool {
	digits := 0
	for i := 0; i < len(text); i++ {
		if text[i] >= '0' && text[i] <= '9' {
			digits++
			if digits == 4 {
				return true
			}
			continue
		}
		if text[i] == '\'' && i+2 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			return true
		}
		digits = 0
	}
	return false
}

// shiftYear adds n to the year that opens a TIMEX3 value ("1998-02" →
// "1997-02"); the value is returned unchanged when it opens with none.
func shiftYear(value string, n int) string {
	if len(value) < 4 {
		return value
	}
	y, err := strconv.Atoi(value[:4])
	if err != nil {
		return value
	}
	return fmt.Sprintf("%04d", y+n) + value[4:]
}
