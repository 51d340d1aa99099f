package timex

import (
	"fmt"
	"time"
)

// anchor is what relative expressions are resolved against: a date and
// the granularity it was given at.
type anchor struct {
	t    time.Time
	gran Granularity
	ok   bool
}

// resolve is the second stage: it completes the value of s against the
// DCT or the previous expression, using the clause's tense. It returns the
// value and whether it was resolved relatively.
func resolve(s spec, dct, prev, narr anchor, t tense) (string, bool) {
	if s.dayShift != 0 {
		n := s.dayShift
		s.dayShift = 0
		v, rel := resolve(s, dct, prev, narr, t)
		if d, err := time.Parse("2006-01-02", v); err == nil {
			return dateString(d.AddDate(0, 0, n)), true
		}
		return v, rel
	}
	if s.weekOfDay {
		s.weekOfDay = false
		v, rel := resolve(s, dct, prev, narr, t)
		if d, err := time.Parse("2006-01-02", v); err == nil {
			y, w := d.ISOWeek()
			return fmt.Sprintf("%04d-W%02d", y, w), rel
		}
		return v, rel
	}
	if s.how == fixed {
		return s.value, false
	}
	if s.onlyPrev && !prev.ok {
		return "XXXX-XX-XX", false
	}
	if y, ok := narrativeYear(s, dct, narr, t); ok {
		return yearlessValue(s, y), true
	}
	if v, ok := dayInPrevPeriod(s, dct, prev); ok {
		return v, true
	}
	a := dct
	if s.prevAnchor && prev.ok && (s.how != offset || !coarser(prev.gran, s.unit.gran)) {
		// "the same day" after "this year" cannot be counted from the
		// year: the DCT is the better guess.
		a = prev
	}
	if s.dayAnchor && prev.ok {
		switch prev.gran {
		case Day, PartOfDay, Hour, Minute, Second:
			a = prev
		}
	}
	// financial reports compare quarters: "a year ago" after "the third
	// quarter" is the year-ago quarter.
	prevQuarterBegun := prev.ok && prev.gran == Quarter && (!dct.ok || !prev.t.After(dct.t))
	if s.how == offset && s.counted && s.unit.gran == Year && s.n != 0 && prevQuarterBegun {
		a = prev
	} else if s.how == offset && dct.ok && (s.namesQuarter || s.namesPeriod && prev.ok && prev.gran == Quarter) {
		// a forecast quarter ("losses through the third quarter of
		// 1990") is not the one reported:
		// nor is there always a quarter before "the year-ago quarter";
		// the quarter reported is the last complete one before the DCT.
		a = reportedQuarter(dct)
	}

	if s.how == periodOf {
		if prev.ok && prev.gran == Quarter {
			return fmt.Sprintf("%04d-Q%d", s.year, (int(prev.t.Month())-1)/3+1), true
		}
		if s.namesQuarter && dct.ok {
			// "the 1988 quarter" with no quarter before it: the
			// reported one, the last complete quarter before the DCT.
			q := reportedQuarter(dct)
			return fmt.Sprintf("%04d-Q%d", s.year, (int(q.t.Month())-1)/3+1), true
		}
		return s.value, false
	}
	if !a.ok {
		return unresolved(s, t), false
	}
	var v string
	switch s.how {
	case offset:
		if sundayLastWeek(s, a) {
			// told on a Sunday, "last week" is the week that ends that
			// day, Monday to Saturday just past, not the one before it
			a.t = a.t.AddDate(0, 0, 7)
		}
		v = offsetValue(a, s.unit, s.n)
	case weekdayOf:
		v = dateString(weekdayDate(a.t, s.wday, s.n, s.strict, s.this, t))
	case monthOf:
		y := monthYear(a.t, s, t)
		if s.day != 0 {
			v = fmt.Sprintf("%04d-%02d-%02d", y, s.month, s.day)
			if _, _, ok := ParseValue(v); !ok {
				return fmt.Sprintf("XXXX-%02d-%02d", s.month, s.day), false
			}
		} else {
			v = fmt.Sprintf("%04d-%02d", y, s.month)
			if s.unknownDay {
				v += "-XX" + s.suffix
				s.suffix = ""
			}
		}
	case seasonOf:
		v = fmt.Sprintf("%04d-%s", seasonYear(a.t, s, t), s.season)
	case holidayOf:
		v = holidayValue(a, s, t)
	case quarterOf:
		v = quarterValue(a.t, s, t)
	case quarterEnding:
		y := s.year
		if y == 0 {
			et := present
			if s.n < 0 {
				et = past
			}
			y = monthYear(a.t, spec{how: monthOf, month: s.month, day: s.day}, et)
		}
		mid := day(y, s.month, s.day).AddDate(0, 0, -quarterMidDays)
		v = fmt.Sprintf("%04d-Q%d", mid.Year(), (int(mid.Month())-1)/3+1)
	case prevQuarter:
		q := reportedQuarter(a).t
		v = fmt.Sprintf("%04d-Q%d", q.Year(), (int(q.Month())-1)/3+1)
	case weekend:
		d := a.t
		wd := int(d.Weekday())
		switch {
		case wd == 6 || wd == 0:
		case t == future || t == present && wd >= weekendAheadFrom:
			d = d.AddDate(0, 0, 6-wd)
		default:
			d = d.AddDate(0, 0, -wd-1)
		}
		y, w := d.ISOWeek()
		v = fmt.Sprintf("%04d-W%02d-WE", y, w)
	}
	if s.suffix != "" {
		if len(v) != 10 {
			v = dateString(a.t)
		}
		v += s.suffix
	}
	return v, true
}

// sundayLastWeek reports whether s is "last week" (one calendar week back,
// not counted: "a week ago" is seven days back) told against a Sunday a:
// news written on a Sunday means by it the week just ended, which is the
// ISO week of that Sunday (Monday to Sunday). "Last weekend" keeps the
// weekend a week before.
func sundayLastWeek(s spec, a anchor) bool {
	return s.unit.gran == Week && s.unit.code == "W" && s.n == -1 && !s.counted && a.gran == Day && a.t.Weekday() == time.Sunday
}

// weekendAheadFrom is the first weekday (Thursday) from which a weekend
// told with no past or future cue ("the summit over the weekend", "is
// the weekend's fixture") is the coming one, the nearest: earlier in the
// week it is the one just gone.
const weekendAheadFrom = int(time.Thursday)

// quarterMidDays is how many days before its last day the middle of a
// quarter lies.
const quarterMidDays = 45

// granularityRank orders granularities from the finest.
var granularityRank = map[Granularity]int{
	Second: 0, Minute: 1, Hour: 2, PartOfDay: 3, Day: 4, Week: 5, Month: 6,
	Quarter: 7, Season: 7, Half: 8, Year: 9, Decade: 10, Century: 11, Millennium: 12,
}

// coarser reports whether granularity a is coarser than b.
func coarser(a, b Granularity) bool { return granularityRank[a] > granularityRank[b] }

// unresolved renders a value when there is nothing to resolve against.
func unresolved(s spec, t tense) string {
	switch s.how {
	case weekdayOf:
		return fmt.Sprintf("XXXX-WXX-%d", isoWeekday(s.wday)) + s.suffix
	case monthOf:
		if s.day != 0 {
			return fmt.Sprintf("XXXX-%02d-%02d", s.month, s.day)
		}
		if s.unknownDay {
			return fmt.Sprintf("XXXX-%02d-XX", s.month) + s.suffix
		}
		return fmt.Sprintf("XXXX-%02d", s.month)
	case seasonOf:
		return "XXXX-" + s.season
	case holidayOf:
		return unresolvedHoliday(s.hol)
	case quarterOf:
		if s.quarter < 0 {
			return fmt.Sprintf("XXXX-H%d", -s.quarter)
		}
		return fmt.Sprintf("XXXX-Q%d", s.quarter)
	case offset:
		if s.suffix != "" && s.n == 0 {
			return "XXXX-XX-XX" + s.suffix
		}
		switch {
		case s.n < 0:
			return "PAST_REF"
		case s.n > 0:
			return "FUTURE_REF"
		}
		return "PRESENT_REF"
	case weekend:
		return "XXXX-WXX-WE"
	}
	return "PRESENT_REF"
}

func dateString(t time.Time) string { return t.Format("2006-01-02") }

// offsetValue moves n units from the anchor and renders the result at the
// unit's granularity (a quarter anchor keeps quarters: "a year earlier"
// after "the third quarter" is the year-ago quarter).
func offsetValue(a anchor, u unit, n int) string {
	t := a.t
	switch u.gran {
	case Second, Minute, Hour, Day:
		if u.gran != Day {
			return dateString(t)
		}
		return dateString(t.AddDate(0, 0, n))
	case Week:
		d := t.AddDate(0, 0, 7*n)
		y, w := d.ISOWeek()
		if u.code == "WE" {
			return fmt.Sprintf("%04d-W%02d-WE", y, w)
		}
		return fmt.Sprintf("%04d-W%02d", y, w)
	case Month:
		d := time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return d.Format("2006-01")
	case Quarter:
		q := (t.Year()*4 + (int(t.Month())-1)/3) + n
		return fmt.Sprintf("%04d-Q%d", q/4, q%4+1)
	case Year:
		y := t.Year() + n
		if a.gran == Quarter {
			return fmt.Sprintf("%04d-Q%d", y, (int(t.Month())-1)/3+1)
		}
		return fmt.Sprintf("%04d", y)
	case Decade:
		if n%10 == 0 && u.mult == 10 && n != 0 {
			return fmt.Sprintf("%04d", t.Year()+n) // "a decade ago" counts years
		}
		return fmt.Sprintf("%03d", t.Year()/10+n)
	case Century:
		if n%100 == 0 && n != 0 {
			return fmt.Sprintf("%04d", t.Year()+n)
		}
		return fmt.Sprintf("%02d", t.Year()/100+n)
	case Millennium:
		return fmt.Sprintf("%04d", t.Year()+n)
	}
	return dateString(t)
}

// weekdayDate picks the date of weekday wd around the anchor: explicit
// last/next/this first, else the clause's tense, else the nearest.
func weekdayDate(a time.Time, wd, n int, strict, this bool, t tense) time.Time {
	cur := int(a.Weekday())
	back := (cur - wd + 7) % 7
	fwd := (wd - cur + 7) % 7
	switch {
	case this:
		// the anchor's ISO week (Monday to Sunday).
		iso := func(d int) int { return (d + 6) % 7 }
		return a.AddDate(0, 0, iso(wd)-iso(cur))
	case strict && n < 0:
		if back == 0 {
			back = 7
		}
		return a.AddDate(0, 0, -back)
	case strict && n > 0:
		if fwd == 0 {
			fwd = 7
		}
		return a.AddDate(0, 0, fwd)
	case t == past:
		return a.AddDate(0, 0, -back)
	case t == future:
		return a.AddDate(0, 0, fwd)
	}
	if back <= fwd {
		return a.AddDate(0, 0, -back)
	}
	return a.AddDate(0, 0, fwd)
}

// monthYear picks the year of a month (and day) named without one.
func monthYear(a time.Time, s spec, t tense) int {
	y := a.Year()
	if s.yearRel {
		return y + s.n
	}
	cur := int(a.Month())*100 + a.Day()
	target := s.month*100 + s.day
	if s.day == 0 {
		cur = int(a.Month()) * 100
		target = s.month * 100
	}
	// "last February" said in March is not the month just ended (that
	// is "last month" or "this February") but the one a year before;
	// likewise "next April" said in March is a year ahead.
	gap := s.month - int(a.Month())
	adjacent := s.day == 0 && (gap == 1 || gap == -1)
	switch {
	case s.strict && s.n < 0:
		if target >= cur || adjacent && gap < 0 {
			return y - 1
		}
		return y
	case s.strict && s.n > 0:
		if target <= cur || adjacent && gap > 0 {
			return y + 1
		}
		return y
	case s.strict:
		return y
	}
	// "Monday, Oct. 26": the weekday picks the year when one of the
	// candidates agrees with it.
	if s.wdayDate && s.day != 0 {
		for _, cy := range []int{y, y - 1, y + 1} {
			if d := day(cy, s.month, s.day); d.Day() == s.day && int(d.Weekday()) == s.wday {
				return cy
			}
		}
	}
	// The nearest candidate year consistent with the tense: a past clause
	// needs a month that has begun, a future one a month not yet over.
	best, bestDist := y, -1.0
	for _, cy := range []int{y - 1, y, y + 1} {
		start, end := day(cy, s.month, 1), day(cy, s.month+1, 0)
		if s.day != 0 {
			start = day(cy, s.month, s.day)
			end = start
		}
		// a day a few weeks off is more likely a slip of tense than a
		// date a year away.
		slack := 7
		if s.day != 0 {
			slack = 45
		}
		switch t {
		case past:
			if start.After(a.AddDate(0, 0, slack)) {
				continue
			}
		case future:
			if end.Before(a.AddDate(0, 0, -slack)) {
				continue
			}
		}
		dist := 0.0
		if start.After(a) {
			dist = start.Sub(a).Hours()
			if t == present {
				// without a tense cue, news reports what has
				// happened more often than what will.
				dist *= 2
			}
		} else if end.Before(a) {
			dist = a.Sub(end).Hours()
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = cy, dist
		}
	}
	return best
}

// seasonYear picks the year of a season named without one.
func seasonYear(a time.Time, s spec, t tense) int {
	start := func(y int) time.Time { return day(y, seasonStartMonth[s.season], 1) }
	// the instance that contains or last started before the anchor
	y := a.Year()
	if start(y).After(a) {
		y--
	}
	curStart := day(a.Year(), (int(a.Month())/3)*3, 1) // current season start
	if a.Month() < 3 {
		curStart = day(a.Year()-1, 12, 1)
	}
	n := s.n
	if s.strict && n == 0 {
		if s.season == "WI" && a.Month() < 3 {
			return a.Year() - 1
		}
		return a.Year()
	}
	if !s.strict {
		switch t {
		case past:
			n = -1
		case future:
			n = 1
		default:
			n = 0
		}
	}
	switch {
	case n < 0:
		if !start(y).Before(curStart) {
			y--
		}
	case n > 0:
		y++
	}
	return y
}

// quarterValue picks the year of a quarter or half named without one.
func quarterValue(a time.Time, s spec, t tense) string {
	y := s.year
	if y == 0 {
		y = a.Year()
		first := 3*s.quarter - 2
		if s.quarter < 0 {
			first = 6*(-s.quarter) - 5
		}
		if s.strict && s.n != 0 {
			y += s.n
		} else if first > int(a.Month()) && t != future {
			y-- // a quarter that has not begun is last year's in a past report
		}
	}
	if s.quarter < 0 {
		return fmt.Sprintf("%04d-H%d", y, -s.quarter)
	}
	return fmt.Sprintf("%04d-Q%d", y, s.quarter)
}

// reportedQuarter is the quarter a financial report dated a is about: the
// last complete quarter before a, as an anchor at its first day.
func reportedQuarter(a anchor) anchor {
	m := time.Month((int(a.t.Month())-1)/3*3 + 1)
	start := time.Date(a.t.Year(), m, 1, 0, 0, 0, 0, time.UTC).AddDate(0, -3, 0)
	return anchor{t: start, gran: Quarter, ok: true}
}

// dayInPrevPeriod resolves "that (same) day" after a month or year that
// does not hold the DCT ("last October ... that same day"): a day of that
// period, which one unknown ("1998-10-XX").
func dayInPrevPeriod(s spec, dct, prev anchor) (string, bool) {
	if !s.prevAnchor || !prev.ok || s.how != offset || s.n != 0 || s.unit.gran != Day || !dct.ok {
		return "", false
	}
	switch prev.gran {
	case Month:
		if prev.t.Year() != dct.t.Year() || prev.t.Month() != dct.t.Month() {
			return fmt.Sprintf("%04d-%02d-XX", prev.t.Year(), int(prev.t.Month())), true
		}
	case Year:
		if prev.t.Year() != dct.t.Year() {
			return fmt.Sprintf("%04d-XX-XX", prev.t.Year()), true
		}
	}
	return "", false
}
