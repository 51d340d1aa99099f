package timex

import (
	"fmt"

	"github.com/chronograph-news/chronograph/token"
)

// monthContext are words after which an ambiguous month word ("May",
// "March") is taken as a month even with no day or year after it.
var monthContext = wordList("month_context")

// monthAt returns the month named by token i. Month words must be
// capitalized; ambiguous ones ("May") need a day, a year or a context word.
func (r *recognizer) monthAt(i int) (int, bool) {
	w := r.w(i)
	m, ok := months[w]
	if !ok || !r.capitalized(i) || r.toks[i].Kind != token.Word {
		return 0, false
	}
	if w == "mar" && r.toks[i].Text[len(r.toks[i].Text)-1] != '.' {
		return 0, false
	}
	if len(w) == 3 && w != "may" && r.toks[i].Text[len(r.toks[i].Text)-1] != '.' && !r.dayAt(i+1) {
		// "Jan" "Dec" without a period need a day after them.
		return 0, false
	}
	return m, true
}

// dayAt reports whether token i is a day of the month (1-31, "19th").
func (r *recognizer) dayAt(i int) bool {
	_, ok := r.dayNum(i)
	return ok
}

func (r *recognizer) dayNum(i int) (int, bool) {
	if i < 0 || i >= len(r.toks) || r.toks[i].Kind != token.Number {
		return 0, false
	}
	s := r.low[i]
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(s) > 2 && s[len(s)-2:] == suf {
			s = s[:len(s)-2]
			break
		}
	}
	if len(s) > 2 {
		return 0, false
	}
	d := 0
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return 0, false
		}
		d = d*10 + int(s[k]-'0')
	}
	if d < 1 || d > 31 {
		return 0, false
	}
	// not "June 3:00", "June 3.5", "3-1"
	if i+1 < len(r.toks) && token.Adjacent(r.toks[i], r.toks[i+1]) {
		switch r.toks[i+1].Text {
		case ":":
			// "June 3:00" is one number token; "Oct. 26: The" ends a date.
			if i+2 < len(r.toks) && token.Adjacent(r.toks[i+1], r.toks[i+2]) {
				return 0, false
			}
		case "-", "/", "%":
			return 0, false
		}
	}
	return d, true
}

// yearAt returns the year given by token i: four digits from 1000 to 2199.
func (r *recognizer) yearAt(i int) (int, bool) {
	v, ok := r.digitsAt(i)
	if !ok || len(r.toks[i].Text) != 4 || v < 1000 || v > 2199 {
		return 0, false
	}
	return v, true
}

// calendarDate matches dates built around a month name, ISO dates and
// numeric dates: "June 19, 2024", "19 June 2024", "Feb. 27", "Sept. 2024",
// "Monday, Oct. 26", "2025-03-21", "3/21/2025".
func (r *recognizer) calendarDate(i int) (spec, bool) {
	j := i
	wday := -1
	if wd, ok := weekdays[r.w(j)]; ok && r.capitalized(j) {
		k := j + 1
		if r.w(k) == "," {
			k++
		}
		if _, ok := r.monthAt(k); ok && r.dayAt(k+1) {
			wday, j = wd, k
		}
	}
	if m, ok := r.monthAt(j); ok {
		return r.afterMonth(i, j, m, wday)
	}
	if s, ok := r.dayRangeStart(i, j, wday); ok {
		return s, true
	}
	if d, ok := r.dayNum(j); ok {
		k := j + 1
		if r.w(k) == "of" {
			k++
		}
		if m, ok := r.monthAt(k); ok && k < len(r.toks) {
			s := spec{first: i, last: k + 1, typ: Date, how: monthOf, month: m, day: d, wday: wday, wdayDate: wday >= 0}
			if y, ok := r.yearAt(k + 1); ok {
				s.last, s.how, s.value = k+2, fixed, fmt.Sprintf("%04d-%02d-%02d", y, m, d)
			}
			return s, true
		}
	}
	if y, ok := r.yearAt(i); ok {
		// 2025-03-21
		if r.hyphenAt(i+1) && r.hyphenAt(i+3) {
			m, ok1 := r.digitsAt(i + 2)
			d, ok2 := r.digitsAt(i + 4)
			if ok1 && ok2 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && len(r.toks[i+2].Text) == 2 && len(r.toks[i+4].Text) == 2 {
				v := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
				if _, _, ok := ParseValue(v); ok {
					return spec{first: i, last: i + 5, typ: Date, value: v}, true
				}
			}
		}
	}
	// 3/21/2025 (month first, as in US news).
	if m, ok := r.digitsAt(i); ok && i+4 < len(r.toks) && r.toks[i+1].Text == "/" && r.toks[i+3].Text == "/" &&
		token.Adjacent(r.toks[i], r.toks[i+1]) && token.Adjacent(r.toks[i+1], r.toks[i+2]) &&
		token.Adjacent(r.toks[i+2], r.toks[i+3]) && token.Adjacent(r.toks[i+3], r.toks[i+4]) {
		d, ok1 := r.digitsAt(i + 2)
		y, ok2 := r.yearAt(i + 4)
		if ok1 && ok2 && m >= 1 && m <= 12 {
			v := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
			if _, _, ok := ParseValue(v); ok {
				return spec{first: i, last: i + 5, typ: Date, value: v}, true
			}
		}
	}
	return spec{}, false
}

// dayRangeStart reads the first day (token j) of a span of days sharing
// their month, "[12]-14 July 1950", "[22] to 24 February": a date of its own, with the month (and
// year) written after the second day (which is tagged on its own).
func (r *recognizer) dayRangeStart(i, j, wday int) (spec, bool) {
	d, ok := r.digitsAt(j)
	if !ok || len(r.toks[j].Text) > 2 || d < 1 || d > 31 || !r.hyphenAt(j+1) && !spanJoints[r.w(j+1)] {
		return spec{}, false
	}
	d2, ok := r.dayNum(j + 2)
	if !ok || d2 <= d {
		return spec{}, false
	}
	m, ok := r.monthAt(j + 3)
	if !ok {
		return spec{}, false
	}
	s := spec{first: i, last: j + 1, typ: Date, how: monthOf, month: m, day: d, wday: wday}
	if y, ok := r.yearAt(j + 4); ok {
		s.how, s.value = fixed, fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		if _, _, ok := ParseValue(s.value); !ok {
			return spec{}, false
		}
	}
	return s, true
}

// spanFirstDay reads the first day of a span of days written with a
// hyphen after their month, "May [4]-5": a day number (dayNum takes no
// number before a hyphen) followed by a later day.
func (r *recognizer) spanFirstDay(k int) (int, bool) {
	d, ok := r.digitsAt(k)
	if !ok || len(r.toks[k].Text) > 2 || d < 1 || !r.hyphenAt(k+1) {
		return 0, false
	}
	if d2, ok := r.dayNum(k + 2); !ok || d2 <= d {
		return 0, false
	}
	return d, true
}

// spanJoints join the two days of a span of days sharing their month
// ("April 24 and 25", "April 7 to 15"); a hyphen does too.
var spanJoints = wordList("span_joints")

// dayRangeEnd finds the second day of a span of days sharing their month
// written after the first ("April 24 and [25]", "April 7 to [15, 1915]",
// "May 4-[5]"), s being the first: a date of its own in s's month (by the
// TIMEX3 guidelines each end of a range is an expression). Unless joined
// by a hyphen, it must end the phrase (punctuation, or a year: "April 24
// and 25 people" counts people). A year after
// the second day is both days' year: s is given it.
func (r *recognizer) dayRangeEnd(s *spec) (spec, bool) {
	if s.typ != Date || s.how != monthOf || s.day == 0 || s.wday >= 0 || s.last != s.first+2 {
		return spec{}, false
	}
	k := s.last
	if !r.hyphenAt(k) && !spanJoints[r.w(k)] {
		return spec{}, false
	}
	j := k + 1
	d2, ok := r.dayNum(j)
	if !ok || d2 <= s.day {
		return spec{}, false
	}
	end := spec{first: j, last: j + 1, typ: Date, how: monthOf, month: s.month, day: d2, wday: -1}
	n := j + 1
	if r.w(n) == "," {
		n++
	}
	if y, ok := r.yearAt(n); ok {
		end.last, end.how, end.value = n+1, fixed, fmt.Sprintf("%04d-%02d-%02d", y, s.month, d2)
		first := fmt.Sprintf("%04d-%02d-%02d", y, s.month, s.day)
		if _, _, ok := ParseValue(end.value); !ok {
			return spec{}, false
		}
		s.how, s.value = fixed, first
		return end, true
	}
	if !r.hyphenAt(k) && j+1 < len(r.toks) && r.toks[j+1].Kind != token.Punct {
		return spec{}, false
	}
	return end, true
}

// afterMonth completes a date whose month word is token j (and which
// starts at token i).
func (r *recognizer) afterMonth(i, j, m, wday int) (spec, bool) {
	s := spec{first: i, last: j + 1, typ: Date, how: monthOf, month: m, wday: wday, wdayDate: wday >= 0}
	k := j + 1
	d, ok := r.dayNum(k)
	if !ok {
		d, ok = r.spanFirstDay(k) // "May [4]-5"
	}
	if ok {
		s.day, s.last = d, k+1
		k++
		if r.w(k) == "," {
			k++
		}
		if y, ok := r.yearAt(k); ok {
			s.last, s.how, s.value = k+1, fixed, fmt.Sprintf("%04d-%02d-%02d", y, m, d)
			if _, _, ok := ParseValue(s.value); !ok {
				return spec{}, false
			}
		} else if n, ok := relWord(r.w(k)); ok && r.w(k+1) == "year" && r.w(k-1) != "," {
			// "Nov. 13 last year", "on March 3 this year": the day of
			// the year n years from the anchor, as "June last year" below
			s.last, s.n, s.yearRel = k+2, n, true
		}
		return s, true
	}
	if r.w(k) == "of" || r.w(k) == "," {
		if y, ok := r.yearAt(k + 1); ok {
			s.last, s.how, s.value = k+2, fixed, fmt.Sprintf("%04d-%02d", y, m)
			return s, true
		}
	}
	if y, ok := r.yearAt(k); ok {
		s.last, s.how, s.value = k+1, fixed, fmt.Sprintf("%04d-%02d", y, m)
		return s, true
	}
	if y, end, ok := r.spelledYearAfter(k); ok {
		s.last, s.how, s.value = end, fixed, fmt.Sprintf("%04d-%02d", y, m) // "January nineteen ninety-seven"
		return s, true
	}
	if y, ok := r.yearBC(k); ok && eraBC[r.w(k+1)] {
		s.last, s.how, s.value = k+2, fixed, fmt.Sprintf("BC%04d-%02d", y, m)
		return s, true
	}
	// "January this year", "June last year".
	if n, ok := relWord(r.w(k)); ok && r.w(k+1) == "year" {
		s.last, s.n, s.yearRel = k+2, n, true
		return s, true
	}
	// A month alone: an ambiguous word needs a context word before it.
	if ambiguousMonths[r.w(j)] && !monthContext[r.w(j-1)] && !r.hyphenAt(j-1) {
		return spec{}, false
	}
	return s, true
}

// relWord maps last/this/next to -1/0/+1.
func relWord(w string) (int, bool) {
	switch w {
	case "last", "past", "previous":
		return -1, true
	case "this", "current":
		return 0, true
	case "next", "coming":
		return 1, true
	}
	return 0, false
}

// yearContext are words that make a bare four-digit number a year even
// outside the 1900-2099 range.
var yearContext = wordList("year_context")

// yearLike matches years, fiscal years, decades and centuries: "2023",
// "fiscal 1989", "the 1990s", "'90s", "the 20th century", "480 BC".
func (r *recognizer) yearLike(i int) (spec, bool) {
	j := i
	the := r.w(j) == "the"
	if the {
		j++
	}
	// decades: 1990s, '90s
	if t := r.low[min(j, len(r.low)-1)]; j < len(r.toks) && r.toks[j].Kind == token.Number && len(t) == 5 && t[4] == 's' {
		if v, ok := digitsOnly(t[:4]); ok && v%10 == 0 && v >= 1000 && v < 2200 {
			return spec{first: i, last: j + 1, typ: Date, value: fmt.Sprintf("%03d", v/10)}, true
		}
	}
	if (r.w(j) == "'" || r.w(j) == "’") && j+1 < len(r.toks) && token.Adjacent(r.toks[j], r.toks[j+1]) {
		if t := r.low[j+1]; len(t) == 3 && t[2] == 's' {
			if v, ok := digitsOnly(t[:2]); ok && v%10 == 0 {
				return spec{first: i, last: j + 2, typ: Date, value: fmt.Sprintf("19%d", v/10)}, true
			}
		}
	}
	// the nineties
	if d, ok := decadeWords[r.w(j)]; ok && the {
		return spec{first: i, last: j + 1, typ: Date, value: fmt.Sprintf("19%d", d)}, true
	}
	// centuries: the 20th century, the nineteenth century
	if n, ok := r.ordinalAt(j); ok && n >= 1 && n <= 30 {
		k := j + 1
		if r.hyphenAt(k) {
			k++
		}
		if r.w(k) == "century" {
			return spec{first: i, last: k + 1, typ: Date, value: fmt.Sprintf("%02d", n-1)}, true
		}
	}
	if the {
		return spec{}, false
	}
	if y, ok := r.yearBC(j); ok {
		last := j + 2 // "480 BC"
		if !eraBC[r.w(j+1)] {
			last = j + 1 // "[499]-493 BC"
		}
		return spec{first: i, last: last, typ: Date, value: fmt.Sprintf("BC%04d", y)}, true
	}
	if y, end, ok := r.spelledYear(j); ok {
		return spec{first: i, last: end, typ: Date, value: fmt.Sprintf("%04d", y)}, true
	}
	fiscal := r.w(j) == "fiscal"
	if fiscal {
		j++
	}
	y, ok := r.yearAt(j)
	if !ok {
		return spec{}, false
	}
	if !fiscal && !r.plausibleYear(j, y) {
		return spec{}, false
	}
	return spec{first: i, last: j + 1, typ: Date, value: fmt.Sprintf("%04d", y)}, true
}

// yearBC returns the year of a number of one to four digits at token i
// followed by an era word of eraBC ("480 BC"), or opening a span of such
// years ("499-493 BC": years before the era count down).
func (r *recognizer) yearBC(i int) (int, bool) {
	v, ok := r.digitsAt(i)
	if !ok || len(r.toks[i].Text) > 4 || v < 1 {
		return 0, false
	}
	if eraBC[r.w(i+1)] {
		return v, true
	}
	if r.hyphenAt(i + 1) {
		if v2, ok := r.digitsAt(i + 2); ok && len(r.toks[i+2].Text) <= 4 && v2 < v && eraBC[r.w(i+3)] {
			return v, true
		}
	}
	return 0, false
}

// spelledYear reads a year in words, as broadcast transcripts write them:
// "nineteen ninety-six", "nineteen seventy-nine", "two thousand".
func (r *recognizer) spelledYear(i int) (year, end int, ok bool) {
	c, ok := numberWords[r.w(i)]
	if !ok {
		return 0, 0, false
	}
	if c == 2 && r.w(i+1) == "thousand" {
		y, k := 2000, i+2
		if r.w(k) == "and" {
			k++
		}
		if u, ok := numberWords[r.w(k)]; ok && u < 20 {
			y, k = y+u, k+1
		}
		return y, k, true
	}
	if c < 11 || c > 20 {
		return 0, 0, false
	}
	t, ok := numberWords[r.w(i+1)]
	if !ok || t < 20 || t%10 != 0 {
		return 0, 0, false
	}
	y, k := c*100+t, i+2
	if r.hyphenAt(k) {
		if u, ok := numberWords[r.w(k+1)]; ok && u < 10 {
			y, k = y+u, k+2
		}
	}
	return y, k, true
}

// spelledYearAfter reads a year in words after a month or season ("June
// nineteen ninety-six"); "two thousand" must end the phrase there, since
// "in March two thousand people marched" counts people.
func (r *recognizer) spelledYearAfter(k int) (year, end int, ok bool) {
	y, end, ok := r.spelledYear(k)
	if !ok || r.w(k) == "two" && end < len(r.toks) && r.toks[end].Kind == token.Word {
		return 0, 0, false
	}
	return y, end, true
}

// countNouns after a four-digit number make it a count: "2000 troops".
var countNouns = wordList("count_nouns")

// maxYearSpan is the longest span "YYYY-YYYY" read as two years.
const maxYearSpan = 100

// plausibleYear rules out four-digit numbers that count things: "$2000",
// "2000 troops", "1500 percent".
func (r *recognizer) plausibleYear(j, y int) bool {
	prev := r.w(j - 1)
	if prev == "$" || prev == "#" || prev == "no" || prev == "number" || prev == "£" || prev == "€" {
		return false
	}
	if yearContext[prev] || r.hyphenAt(j-1) {
		return true
	}
	if r.hyphenAt(j + 1) {
		// "1861-1863": a span of years, whatever the century; not
		// "1500-1550 troops"
		if y2, ok := r.yearAt(j + 2); ok && y2 > y && y2-y <= maxYearSpan && !countNouns[r.w(j+3)] {
			return true
		}
	}
	if y < 1900 || y > 2099 {
		return false
	}
	if countNouns[r.w(j+1)] {
		return false
	}
	if j+1 < len(r.toks) && r.toks[j+1].Kind == token.Number {
		return false
	}
	return true
}

func digitsOnly(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	v := 0
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return 0, false
		}
		v = v*10 + int(s[k]-'0')
	}
	return v, true
}

// ordinalAt reads an ordinal word or number ("third", "3rd").
func (r *recognizer) ordinalAt(i int) (int, bool) {
	w := r.w(i)
	if n, ok := ordinals[w]; ok {
		return n, true
	}
	if i < len(r.toks) && r.toks[i].Kind == token.Number && len(w) > 2 {
		switch w[len(w)-2:] {
		case "st", "nd", "rd", "th":
			return digitsOnly(w[:len(w)-2])
		}
	}
	return 0, false
}

// sharedYear gives a yearless month (or month and day) the year of the
// date joined to it, when that date follows in the same year: "in
// [August] and [September 1914]", "[August]/[September 1956]", "from [May
// 3] to [June 9, 1940]". By the TIMEX3 guidelines each is a date of its
// own, the year told once for both.
func (r *recognizer) sharedYear(s *spec) {
	if s.typ != Date || s.how != monthOf || s.yearRel || s.strict {
		return
	}
	k := s.last
	if !spanJoints[r.w(k)] && r.w(k) != "/" && !r.hyphenAt(k) {
		return
	}
	next, ok := r.calendarDate(k + 1)
	if !ok || next.first != k+1 || next.how != fixed || len(next.value) < len("2006-01") || next.value[4] != '-' {
		return
	}
	y, ok := digitsOnly(next.value[:4])
	m, ok2 := digitsOnly(next.value[5:7])
	if !ok || !ok2 || m < s.month {
		return // "December and January 1915" may straddle two years
	}
	s.how, s.value = fixed, yearlessValue(*s, y)
}
