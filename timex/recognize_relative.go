package timex

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// deictic matches expressions whose value depends on the DCT or on the
// previous expression: today, Friday, last year, this week, the previous
// day, the third quarter, now, last fall.
func (r *recognizer) deictic(i int) (spec, bool) {
	w := r.w(i)
	if v, ok := refWords[w]; ok {
		return spec{first: i, last: i + 1, typ: Date, value: v}, true
	}
	switch w {
	case "earlier", "later":
		j := i + 1
		if r.w(j) == "on" {
			j++
		}
		switch r.w(j) {
		case "today", "tonight", "this", "that", "in":
			if r.w(j) == "in" && !(r.w(j+1) == "the" && (r.w(j+2) == "day" || r.w(j+2) == "week" || r.w(j+2) == "month" || r.w(j+2) == "year")) {
				return spec{}, false
			}
			if r.w(j) == "in" {
				// "later in the day": TimeBank marks "the day" alone.
				s := spec{first: j + 1, last: j + 3, typ: Date, how: offset, unit: units[r.w(j+2)], n: 0}
				return s, true
			}
		default:
			if _, ok := weekdays[r.w(j)]; !ok || !r.capitalized(j) {
				return spec{}, false
			}
		}
		s, ok := r.deictic(j)
		if !ok || s.typ == Duration || s.typ == Set {
			return spec{}, false
		}
		// "earlier this week" is one expression, but in "earlier Friday"
		// and "later today" the adverb orders events within the day and is
		// left out, as in TimeBank.
		if r.w(j) != "this" && r.w(j) != "that" {
			return s, true
		}
		s.first = i
		return s, true
	case "at":
		if r.w(i+1) == "present" {
			return spec{first: i + 1, last: i + 2, typ: Date, value: "PRESENT_REF"}, true
		}
		if r.w(i+1) == "the" && r.w(i+2) == "time" && (i+3 >= len(r.toks) || r.toks[i+3].Kind == 2) {
			return spec{first: i + 1, last: i + 3, typ: Date, value: "PAST_REF"}, true
		}
	case "these":
		if r.w(i+1) == "days" {
			return spec{first: i, last: i + 2, typ: Date, value: "PRESENT_REF"}, true
		}
	case "today", "yesterday", "tomorrow", "tonight":
		if w == "today" && r.capitalized(i) && r.capitalized(i-1) && r.toks[i-1].Kind == token.Word && !sentenceEnd(r.toks[i-1].Text) {
			return spec{}, false // "USA Today", "VOA Today": a name
		}
		if w == "today" && r.genericToday(i) {
			return spec{first: i, last: i + 1, typ: Date, value: "PRESENT_REF"}, true
		}
		n := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
		s := spec{first: i, last: i + 1, typ: Date, how: offset, unit: units["day"], n: n}
		if w == "tonight" {
			s.typ, s.suffix = Time, "TNI"
		} else if pod, ok := partsOfDay[r.w(i+1)]; ok {
			s.typ, s.suffix, s.last = Time, "T"+pod, i+2
		}
		return s, true
	case "the":
		return r.theDeictic(i)
	case "morning", "afternoon", "evening", "night":
		// "mid-afternoon yesterday", "late night today": a part of a
		// part of the day, named before its day.
		k := i - 1
		if r.hyphenAt(k) {
			k--
		}
		n, ok := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}[r.w(i+1)]
		if _, isMod := positionMods[r.w(k)]; ok && isMod {
			pod := partsOfDay[w]
			return spec{first: i, last: i + 2, typ: Time, how: offset, unit: units["day"], n: n, suffix: "T" + pod}, true
		}
	case "a", "an":
		// "at a later date", "an earlier time": an unspecified past or
		// future point.
		switch r.w(i + 2) {
		case "date", "time", "stage":
			switch r.w(i + 1) {
			case "later", "future":
				return spec{first: i, last: i + 3, typ: Date, value: "FUTURE_REF"}, true
			case "earlier":
				return spec{first: i, last: i + 3, typ: Date, value: "PAST_REF"}, true
			}
		}
	case "that":
		if s, ok := r.monthDay(i); ok {
			return s, true
		}
		if r.w(i+1) == "same" {
			if u, ok := units[r.w(i+2)]; ok && singularCalendar(u, r.w(i+2)) {
				return spec{first: i, last: i + 3, typ: Date, how: offset, unit: u, prevAnchor: true}, true
			}
		}
		if u, ok := units[r.w(i+1)]; ok && singularCalendar(u, r.w(i+1)) {
			return spec{first: i, last: i + 2, typ: Date, how: offset, unit: u, prevAnchor: true}, true
		}
		return spec{}, false
	}
	if wd, ok := weekdays[w]; ok {
		return r.weekday(i, i, wd, 0, false)
	}
	if n, ok := relWord(w); ok && w != "past" && w != "previous" {
		if w == "this" && r.w(i+1) == "past" {
			return r.relative(i, i+2, -1) // "this past spring"
		}
		return r.relative(i, i+1, n)
	}
	if q, ok := r.quarter(i, i); ok {
		return q, true
	}
	if code, ok := seasons[w]; ok && (monthContext[r.w(i-1)] || r.w(i-1) == "the") && w != "fall" || ok && w == "fall" && (r.w(i-1) == "the" || r.w(i-1) == "in") {
		s := spec{first: i, last: i + 1, typ: Date, how: seasonOf, season: code}
		if r.w(i+1) == "of" {
			if y, ok := r.yearAt(i + 2); ok {
				s.last, s.how, s.value = i+3, fixed, fmt.Sprintf("%04d-%s", y, code)
			} else if y, end, ok := r.spelledYearAfter(i + 2); ok {
				s.last, s.how, s.value = end, fixed, fmt.Sprintf("%04d-%s", y, code)
			} else if w == "fall" && !fallOfTime[r.w(i+2)] {
				return spec{}, false // "the fall of the government": a collapse
			}
		} else if y, ok := r.yearAt(i + 1); ok {
			s.last, s.how, s.value = i+2, fixed, fmt.Sprintf("%04d-%s", y, code)
		} else if y, ok := r.yearAt(i + 2); ok && r.w(i+1) == "in" {
			s.last, s.how, s.value = i+3, fixed, fmt.Sprintf("%04d-%s", y, code) // "the fall in 2005"
		} else if w == "fall" && r.w(i-1) == "the" && fallDeclineNext[r.w(i+1)] {
			return spec{}, false // "the fall in bank shares", "the fall was led by": a decline
		}
		return s, true
	}
	return spec{}, false
}

// fallOfTime are the words after "the fall of" that keep "fall" a season
// without a year ("the fall of last year"); any other ("the fall of
// Baghdad", "the fall of the government") makes it a collapse.
var fallOfTime = wordList("fall_of_time")

// fallDeclineNext are the words after "the fall" that make it a decline,
// not the season: what fell ("the fall in bank shares"), by how much or to
// where ("the fall to 1,180"), when ("the fall in March": a season holds
// no month), or a verb of which it is the subject ("the fall was led by
// utilities"); a year after "in" makes "the fall in 2005" one date before
// this rule.
var fallDeclineNext = wordList("fall_decline_next")

// singularCalendar reports whether a unit word names one calendar period
// that "that", "this", "last" can pick (not "hours", "seconds").
func singularCalendar(u unit, word string) bool {
	switch u.code {
	case "S", "MIN", "H":
		return false
	}
	return word != "" && word[len(word)-1] != 's' && word != "night" && word != "fortnight"
}

// weekday completes a weekday expression whose weekday word is token j:
// optional part of day after it. n is -1/0/+1 for last/this/next given in
// the text (strict), 0 otherwise.
func (r *recognizer) weekday(i, j, wd, n int, strict bool) (spec, bool) {
	if !r.capitalized(j) {
		return spec{}, false
	}
	t := r.toks[j].Text
	if len(r.w(j)) <= 4 && t[len(t)-1] != '.' && r.w(j) != "thur" {
		return spec{}, false // "sat", "sun", "wed" are words
	}
	prev := r.w(i - 1)
	if titles[prev] {
		return spec{}, false // "Mr. Sunday"
	}
	next := j + 1
	if articles[prev] && (next >= len(r.toks) || r.toks[next].Kind != token.Word || r.capitalized(next)) {
		return spec{}, false // "the Sunday Times"; but "the Friday explosions", "a Sunday night service"
	}
	if next < len(r.toks) && r.capitalized(next) && !weekdayPrep[prev] && !weekdaySpeech[prev] {
		if _, ok := partsOfDay[r.w(next)]; !ok {
			if _, ok := months[r.w(next)]; !ok {
				if _, ok := timezones[r.w(next)]; !ok {
					return spec{}, false // "Sunday Times", "Friday Prayers"
				}
			}
		}
	}
	if !strict && (r.w(j+1) == "and" || r.w(j+1) == "or") && r.capitalized(j+2) {
		// "on Monday and Tuesday nights": the plural part of the day is
		// shared, each weekday recurs.
		if _, ok := weekdays[r.w(j+2)]; ok {
			if x, ok := strings.CutSuffix(r.w(j+3), "s"); ok {
				if code, ok := partsOfDay[x]; ok {
					return spec{first: i, last: j + 1, typ: Set, value: fmt.Sprintf("XXXX-WXX-%dT%s", isoWeekday(wd), code)}, true
				}
			}
		}
	}
	s := spec{first: i, last: j + 1, typ: Date, how: weekdayOf, wday: wd, n: n, strict: strict, this: strict && n == 0}
	if r.w(j+1) == "'s" && !strict {
		s.n, s.strict = -1, false // "Wednesday's ruling" is a past day
		s.pastDay = true
	}
	if pod, ok := partsOfDay[r.w(j+1)]; ok {
		s.typ, s.suffix, s.last = Time, "T"+pod, j+2
	}
	return s, true
}

// articles are the determiners after which a weekday must modify a
// lower-case noun to be a date ("the Friday explosions", "his Sunday
// address"), not a name ("the Sunday Times").
var articles = wordList("articles")

// weekdayPrep are words before a weekday that make it a date whatever
// follows ("on Friday Putin said").
var weekdayPrep = wordList("weekday_prep")

// weekdaySpeech are verbs of speech after which a weekday is a date even
// when a name follows: the day the words were said, the reported clause
// after it ("the ministry said Monday Japan's surplus fell", "Prodi said
// Saturday Italy would stay").
var weekdaySpeech = wordList("weekday_speech")

// relative completes "last/this/next X" where X starts at token j: a unit
// (week, year, weekend), a month, a season, a weekday or a part of day.
func (r *recognizer) relative(i, j, n int) (spec, bool) {
	w := r.w(j)
	if w == "fiscal" && (r.w(j+1) == "year" || r.w(j+1) == "quarter") {
		// "last fiscal year": the fiscal year is told as its calendar
		// year, as "fiscal 1988" is.
		j++
		w = r.w(j)
	}
	if w == "night" && n == -1 {
		return spec{first: i, last: j + 1, typ: Time, how: offset, unit: units["day"], n: -1, suffix: "TNI"}, true
	}
	if r.capitalized(i) && r.capitalized(j) {
		if _, ok := units[w]; ok {
			return spec{}, false // "This Week", a programme's name
		}
	}
	if w == "year" && (r.w(j+1) == "'s" || r.w(j+1) == "’s") {
		if q, ok := r.yearsQuarter(i, j+2, n); ok {
			return q, true
		}
	}
	if u, ok := units[w]; ok && singularCalendar(u, w) {
		return spec{first: i, last: j + 1, typ: Date, how: offset, unit: u, n: n, strict: true}, true
	}
	if m, ok := months[w]; ok && r.capitalized(j) && (len(w) > 3 || w == "may") {
		return spec{first: i, last: j + 1, typ: Date, how: monthOf, month: m, n: n, strict: true}, true
	}
	if code, ok := seasons[w]; ok {
		return spec{first: i, last: j + 1, typ: Date, how: seasonOf, season: code, n: n, strict: true}, true
	}
	if wd, ok := weekdays[w]; ok {
		return r.weekday(i, j, wd, n, true)
	}
	if h, ok := r.holiday(j); ok && h.how == holidayOf {
		h.first, h.n, h.strict = i, n, true
		return h, true
	}
	if pod, ok := partsOfDay[w]; ok && n == 0 {
		return spec{first: i, last: j + 1, typ: Time, how: offset, unit: units["day"], suffix: "T" + pod}, true
	}
	if q, ok := r.quarter(i, j); ok {
		q.n, q.strict = n, true
		return q, true
	}
	return spec{}, false
}

// theDeictic matches expressions starting with "the": the previous day,
// the following year, the same day, the day before, the weekend, the past,
// the future, the third quarter.
func (r *recognizer) theDeictic(i int) (spec, bool) {
	w := r.w(i + 1)
	switch w {
	case "past":
		if !r.quantityFollows(i + 2) {
			if _, ok := units[r.w(i+2)]; !ok {
				return spec{first: i, last: i + 2, typ: Date, value: "PAST_REF"}, true
			}
		}
		return spec{}, false
	case "future":
		switch r.w(i - 1) {
		case "in", "for", "into", "near", "about", "toward", "towards":
			return spec{first: i, last: i + 2, typ: Date, value: "FUTURE_REF"}, true
		}
	case "near", "distant", "foreseeable":
		if r.w(i+2) == "future" {
			return spec{first: i, last: i + 3, typ: Date, value: "FUTURE_REF"}, true
		}
	case "weekend":
		return spec{first: i, last: i + 2, typ: Date, how: weekend}, true
	case "year", "week", "month", "full", "fiscal":
		if w == "week" && r.w(i+2) == "of" {
			// "the week of March 6": the week holding that day.
			if d, ok := r.calendarDate(i + 3); ok && d.first == i+3 && d.day != 0 && d.typ == Date {
				d.first, d.weekOfDay = i, true
				return d, true
			}
		}
		// "for the year ended Sept. 30", "for the week": the period being
		// reported, the DCT's.
		k := i + 1
		if w == "full" || w == "fiscal" {
			k++
		}
		switch r.w(i - 1) {
		case "for", "in", "during", "throughout", "through":
		default:
			k = -1
		}
		if u, ok := units[r.w(k)]; k > 0 && ok && singularCalendar(u, r.w(k)) && u.code != "D" && u.code != "Q" && !r.hyphenAt(k+1) && r.w(k+1) != "'s" {
			if r.w(k+1) == "ended" || r.w(k+1) == "ending" {
				// "the year ended Sept. 30" measures a period up to a date.
				return spec{first: i, last: k + 1, typ: Duration, value: durationValue(1, false, u)}, true
			}
			return spec{first: i, last: k + 1, typ: Date, how: offset, unit: u}, true
		}
	case "previous", "preceding", "prior", "following", "next", "same", "current", "latest":
		if wd, ok := weekdays[r.w(i+2)]; ok && w != "same" && w != "current" && w != "latest" && w != "next" {
			// "the previous Friday", "the following Monday": the weekday
			// before or after the day told before (else the DCT)
			n := map[string]int{"previous": -1, "preceding": -1, "prior": -1, "following": 1}[w]
			if s, ok := r.weekday(i, i+2, wd, n, true); ok {
				s.dayAnchor = true
				return s, true
			}
			break
		}
		k := i + 2
		if r.w(k) == "fiscal" {
			k++ // "the current fiscal year"
		}
		u, ok := units[r.w(k)]
		if w == "latest" && (!ok || u.code != "Y") {
			break
		}
		if !ok || !singularCalendar(u, r.w(k)) {
			if w == "current" || w == "same" {
				break
			}
			// "the next morning"
			if pod, ok := partsOfDay[r.w(i+2)]; ok && (w == "next" || w == "following") {
				return spec{first: i, last: i + 3, typ: Time, how: offset, unit: units["day"], n: 1, prevAnchor: true, suffix: "T" + pod}, true
			}
			break
		}
		n := map[string]int{"previous": -1, "preceding": -1, "prior": -1, "following": 1, "next": 1, "latest": -1}[w]
		return spec{first: i, last: k + 1, typ: Date, how: offset, unit: u, n: n, prevAnchor: w != "current" && w != "latest"}, true
	case "day":
		switch r.w(i + 2) {
		case "before", "after":
			n := map[string]int{"before": -1, "after": 1}[r.w(i+2)]
			if d, ok := r.core(i + 3); ok && d.first == i+3 && d.typ == Date && d.suffix == "" && dayPrecise(d) {
				// "the day before last Tuesday": a day from that day.
				d.first, d.dayShift = i, n
				return d, true
			}
			if r.eventFollows(i + 3) {
				// "the day before the vote was held": the span ends at
				// "the day" and "before" is a signal. In apposition to a
				// date the day is that date ("Oct. 12, the day before the
				// crash"); else the event is most likely the one dated
				// just before ("the battle ... the day after the
				// battle"), and without one the day is unknown.
				if r.w(i-1) == "," {
					return spec{first: i, last: i + 2, typ: Date, how: offset, unit: units["day"], dayAnchor: true}, true
				}
				return spec{first: i, last: i + 2, typ: Date, how: offset, unit: units["day"], n: n, prevAnchor: true, onlyPrev: true}, true
			}
			switch r.w(i + 3) {
			case "yesterday":
				return spec{first: i, last: i + 4, typ: Date, how: offset, unit: units["day"], n: -2}, true
			case "tomorrow":
				return spec{first: i, last: i + 4, typ: Date, how: offset, unit: units["day"], n: 2}, true
			}
			return spec{first: i, last: i + 3, typ: Date, how: offset, unit: units["day"], n: n, prevAnchor: true}, true
		}
	}
	if q, ok := r.quarter(i, i+1); ok {
		return q, true
	}
	if y, ok := r.yearAt(i + 1); ok {
		// "the 1988 third quarter"
		if q, ok := r.quarter(i+2, i+2); ok && q.how == quarterOf {
			q.first, q.year = i, y
			return q, true
		}
		if w := r.w(i + 2); w == "period" || w == "quarter" {
			// "the 1988 period": the reported quarter, a year apart.
			return spec{first: i, last: i + 3, typ: Date, how: periodOf, year: y, value: fmt.Sprintf("%04d", y), counted: true,
				namesQuarter: w == "quarter"}, true
		}
	}
	if s, ok := r.yearAgo(i + 1); ok && s.last > i+4 {
		s.first = i // "the year-ago quarter", but not "the [year-ago] results"
		return s, true
	}
	if code, ok := seasons[w]; ok {
		s, ok := r.deictic(i + 1)
		if ok && s.how == seasonOf || ok && s.value != "" && len(s.value) == 7 && s.value[5:] == code {
			s.first = i
			return s, true
		}
	}
	return spec{}, false
}

// yearAgo matches the financial "year-ago quarter", "year-earlier
// period": the same period a year before the one reported.
func (r *recognizer) yearAgo(i int) (spec, bool) {
	if r.w(i) == "year" {
		// "year-end", "year end", "year's end": the end of the DCT's year.
		k := i + 1
		if r.hyphenAt(k) || r.w(k) == "'s" {
			k++
		}
		if r.w(k) == "end" && r.w(i-1) != "the" && r.w(i-1) != "a" {
			return spec{first: i, last: k + 1, typ: Date, how: offset, unit: units["year"], mod: "END"}, true
		}
	}
	if r.w(i) != "year" || !r.hyphenAt(i+1) || (r.w(i+2) != "ago" && r.w(i+2) != "earlier") {
		return spec{}, false
	}
	s := spec{first: i, last: i + 3, typ: Date, how: offset, unit: units["year"], n: -1, counted: true}
	switch r.w(i + 3) {
	case "quarter", "period":
		s.last++
		s.namesQuarter, s.namesPeriod = r.w(i+3) == "quarter", r.w(i+3) == "period"
	default:
		if q, ok := r.quarter(i+3, i+3); ok {
			s.last = q.last
		}
	}
	return s, true
}

// quarter matches "[the] [fiscal] third quarter", "third-quarter", "the
// first half", "the quarter", "the latest quarter", starting at i with the
// ordinal at j.
func (r *recognizer) quarter(i, j int) (spec, bool) {
	if r.w(j) == "fiscal" {
		j++
	}
	switch r.w(j) {
	case "latest", "last", "recent", "most":
		if i == j {
			return spec{}, false // "last quarter" is a relative offset
		}
		if r.w(j) == "most" && r.w(j+1) == "recent" {
			j++
		}
		j++
		if r.w(j) == "half" && r.w(j-1) == "last" && r.w(j+1) == "of" && i < j {
			// "the last half of 1989": its second half.
			if y, ok := r.yearAt(j + 2); ok {
				return spec{first: i, last: j + 3, typ: Date, how: quarterOf, quarter: -2, year: y}, true
			}
		}
		if r.w(j) == "period" && r.w(j-1) != "last" && i < j && r.w(i) == "the" {
			// "the latest period" of a financial report: its quarter.
			return spec{first: i, last: j + 1, typ: Date, how: prevQuarter}, true
		}
		fallthrough
	case "quarter":
		if r.w(j) == "quarter" && r.hyphenAt(j+1) && strings.HasPrefix(r.w(j+2), "final") {
			return spec{}, false // "the quarter-finals" of a tournament
		}
		if r.w(j) == "quarter" && i < j && r.w(i) == "the" {
			if q, ok := r.quarterEnded(i, j); ok {
				return q, true
			}
			return spec{first: i, last: j + 1, typ: Date, how: prevQuarter}, true
		}
		return spec{}, false
	}
	q, ok := r.ordinalAt(j)
	if !ok {
		return spec{}, false
	}
	if q == 1 && r.w(j+1) == "two" && r.w(j+2) == "quarters" && r.w(j+3) == "of" {
		// "the first two quarters of 1990": its first half.
		if y, ok := r.yearAt(j + 4); ok {
			return spec{first: i, last: j + 5, typ: Date, how: quarterOf, quarter: -1, year: y}, true
		}
	}
	k := j + 1
	if r.hyphenAt(k) {
		k++
	}
	s := spec{first: i, last: k + 1, typ: Date, quarter: q}
	if k > j+1 && r.w(i) == "the" {
		s.first = i + 1 // "the third-quarter [results]"
	}
	switch r.w(k) {
	case "quarter":
		if q > 4 {
			return spec{}, false
		}
		s.how = quarterOf
	case "half":
		if q > 2 {
			return spec{}, false
		}
		s.how, s.quarter = quarterOf, -q // halves are negative quarters
	default:
		return spec{}, false
	}
	if r.w(k+1) == "of" {
		if y, ok := r.yearAt(k + 2); ok {
			s.last, s.year = k+3, y
		}
	}
	if s.year == 0 && r.gamePeriod(i, k) {
		return spec{}, false
	}
	return s, true
}

// gameWindow is how many tokens around a yearless quarter or half
// gamePeriod looks for a score or a game.
const gameWindow = 12

// gamePeriod reports whether the yearless quarter or half at tokens
// [i, k] is a period of a game, not of a year: a score ("led 54-43",
// "54 - 43") or the word "game" or "games" lies within gameWindow tokens
// ("Toronto went on a 19-9 run in the first quarter", "left the game in
// the first quarter").
func (r *recognizer) gamePeriod(i, k int) bool {
	for j := max(i-gameWindow, 0); j <= k+gameWindow && j < len(r.toks); j++ {
		if j >= i && j <= k {
			continue
		}
		switch w := r.w(j); {
		case w == "game" || w == "games":
			return true
		case score(w) && r.w(j+1) != "percent" && r.w(j+1) != "%":
			return true
		case r.toks[j].Text == "-" || r.toks[j].Text == "–":
			a, okA := r.digitsAt(j - 1)
			b, okB := r.digitsAt(j + 1)
			if okA && okB && a < 200 && b < 200 && r.w(j+2) != "percent" && r.w(j+2) != "%" {
				return true
			}
		}
	}
	return false
}

// score reports whether w is a score written as one token, two numbers
// under 200 joined by a hyphen ("54-43"); gamePeriod leaves out a range
// of percentages ("2-3 percent").
func score(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || a == "" || b == "" || len(a) > 3 || len(b) > 3 {
		return false
	}
	for _, c := range a + b {
		if c < '0' || c > '9' {
			return false
		}
	}
	x, _ := strconv.Atoi(a)
	y, _ := strconv.Atoi(b)
	return x < 200 && y < 200
}

// sentenceEnd reports whether a word token ends with a period (and may end
// a sentence).
func sentenceEnd(word string) bool { return word != "" && word[len(word)-1] == '.' }

// yearsQuarter matches the quarter or half after "last/this/next year's"
// (starting at token k): "next year's first quarter" is that quarter of
// the year n years away; "last year's quarter", "last year's period"
// name the reported quarter a year before.
func (r *recognizer) yearsQuarter(i, k, n int) (spec, bool) {
	if q, ok := r.quarter(k, k); ok && q.how == quarterOf && q.year == 0 {
		q.first, q.n, q.strict = i, n, true
		return q, true
	}
	if w := r.w(k); (w == "quarter" || w == "period") && n <= 0 {
		return spec{first: i, last: k + 1, typ: Date, how: offset, unit: units["year"], n: n,
			counted: n != 0, namesQuarter: w == "quarter"}, true
	}
	return spec{}, false
}

// dayPrecise reports whether s names one day ("last Tuesday", "March 6"),
// which a number of days can be counted from.
func dayPrecise(s spec) bool {
	switch s.how {
	case weekdayOf, holidayOf:
		return true // every listed holiday is one day
	case monthOf:
		return s.day != 0
	case fixed:
		return len(s.value) == len("2006-01-02")
	}
	return false
}

// eventFollows reports whether token k starts a noun phrase or a clause
// naming an event ("the vote", "his arrival", "they met", "Kim arrived"),
// not a time expression or the end of the phrase.
func (r *recognizer) eventFollows(k int) bool {
	w := r.w(k)
	if d, ok := r.core(k); ok && d.first == k {
		return false // a time: "the day before Christmas"
	}
	if determiners[w] && w != "'s" && w != "’s" || subjectPronouns[w] {
		return true
	}
	if k >= len(r.toks) || r.toks[k].Kind != token.Word || !r.capitalized(k) {
		return false
	}
	_, isMonth := months[w]
	_, isWeekday := weekdays[w]
	return !isMonth && !isWeekday
}

// subjectPronouns start a clause after a signal ("the day before they
// met") or a conjunction ("and they said": newClause).
var subjectPronouns = wordList("subject_pronouns")

// monthDay matches "that October day", "that October day in 2009", "that
// May morning": one day of a month, which day not told (2009-10-XX).
func (r *recognizer) monthDay(i int) (spec, bool) {
	m, ok := months[r.w(i+1)]
	if !ok || !r.capitalized(i+1) || len(r.w(i+1)) <= 3 && r.w(i+1) != "may" {
		return spec{}, false
	}
	s := spec{first: i, last: i + 3, typ: Date, how: monthOf, month: m, unknownDay: true}
	if pod, ok := partsOfDay[r.w(i+2)]; ok {
		s.typ, s.suffix = Time, "T"+pod
	} else if r.w(i+2) != "day" {
		return spec{}, false
	}
	if w := r.w(i + 3); w == "in" || w == "of" {
		if y, ok := r.yearAt(i + 4); ok {
			s.last, s.how = i+5, fixed
			s.value = fmt.Sprintf("%04d-%02d-XX%s", y, m, s.suffix)
		}
	}
	return s, true
}

// genericToday reports whether "today" at token i means the present age,
// not the DCT's day: after a plural noun and before a stative present ("computers
// today are fast", "young people today have less"), PRESENT_REF by the
// TIMEX3 guidelines. A progressive or a plan ("officials today are
// meeting", "the court today is expected to rule") is the day itself.
func (r *recognizer) genericToday(i int) bool {
	prev, next, after := r.w(i-1), r.w(i+1), r.w(i+2)
	if i == 0 || r.toks[i-1].Kind != token.Word {
		return false
	}
	if r.capitalized(i-1) && !(strings.HasSuffix(prev, "s") && (i == 1 || sentenceEnd(r.toks[i-2].Text) || r.w(i-2) == "?" || r.w(i-2) == "!")) {
		return false // a name: "Kim today is"; but "Computers today are"
	}
	if pastCues[prev] || presentCues[prev] || futureCues[prev] || modalCues[prev] || determiners[prev] || prev == "says" || strings.HasSuffix(prev, "ed") {
		return false // "said today", "is today"
	}
	if !(strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") || irregularPlurals[prev]) {
		return false // a plural subject only: "the night today is cold" is the day's
	}
	if !genericStatives[next] {
		return false
	}
	return !futureCues[after] && after != "to" && after != "going" && !strings.HasSuffix(after, "ing") && !strings.HasSuffix(after, "ed")
}

// irregularPlurals are plural nouns without an "-s".
var irregularPlurals = wordList("irregular_plurals")

// genericStatives are the present-tense verbs after which a "today"
// between a noun and them reads as "nowadays".
var genericStatives = wordList("generic_statives")

// quarterEnded matches "the quarter ended July 31" (the word "quarter" at
// token j): a quarter told by its last day, the calendar quarter that
// holds most of the three months before it (a fiscal quarter May to July
// is the second).
func (r *recognizer) quarterEnded(i, j int) (spec, bool) {
	if w := r.w(j + 1); w != "ended" && w != "ending" {
		return spec{}, false
	}
	d, ok := r.calendarDate(j + 2)
	if !ok || d.first != j+2 || d.typ != Date {
		return spec{}, false
	}
	s := spec{first: i, last: j + 1, typ: Date, how: quarterEnding, month: d.month, day: d.day, year: d.year}
	if r.w(j+1) == "ended" {
		s.n = -1 // a quarter over; "ending" may still run
	}
	if d.how == fixed {
		if _, iv, ok := ParseValue(d.value); ok && len(d.value) == len("2006-01-02") {
			s.year, s.month, s.day = iv.Start.Year(), int(iv.Start.Month()), iv.Start.Day()
		} else {
			return spec{}, false
		}
	} else if d.how != monthOf || d.day == 0 {
		return spec{}, false
	}
	return s, true
}
