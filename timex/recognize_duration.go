package timex

import (
	"strconv"
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// quantity reads a count at token i: "24", "10,000", "5 1/2", "three",
// "twenty-four", "a", "a couple of", "a hundred"; vague counts ("several",
// "a few") give vague. end is the token after the count.
func (r *recognizer) quantity(i int) (q float64, vague bool, end int, ok bool) {
	w := r.w(i)
	switch {
	case i < len(r.toks) && r.toks[i].Kind == token.Number:
		v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
		if err != nil {
			return 0, false, 0, false
		}
		end = i + 1
		// 5 1/2
		if i+3 < len(r.toks) && r.w(i+1) == "1" && r.w(i+2) == "/" && r.w(i+3) == "2" &&
			token.Adjacent(r.toks[i+1], r.toks[i+2]) && token.Adjacent(r.toks[i+2], r.toks[i+3]) {
			v += 0.5
			end = i + 4
		}
		return v, false, end, true
	case w == "a" || w == "an":
		switch r.w(i + 1) {
		case "few":
			return 0, true, i + 2, true
		case "couple":
			if r.w(i+2) == "of" {
				return 2, false, i + 3, true
			}
			return 2, false, i + 2, true
		case "dozen":
			return 12, false, i + 2, true
		case "hundred", "thousand":
			return float64(multiplierWords[r.w(i+1)]), false, i + 2, true
		}
		return 1, false, i + 1, true
	case w == "half":
		if r.w(i+1) == "a" || r.w(i+1) == "an" {
			return 0.5, false, i + 2, true
		}
	case vagueQuantities[w]:
		return 0, true, i + 1, true
	case w == "dozens" || w == "hundreds" || w == "thousands":
		if r.w(i+1) == "of" {
			return 0, true, i + 2, true
		}
	}
	v, ok := numberWords[w]
	if !ok {
		return 0, false, 0, false
	}
	end = i + 1
	// twenty-four, twenty four
	if v >= 20 && v%10 == 0 {
		if r.hyphenAt(end) {
			if u, ok := numberWords[r.w(end+1)]; ok && u < 10 {
				v, end = v+u, end+2
			}
		} else if u, ok := numberWords[r.w(end)]; ok && u < 10 {
			v, end = v+u, end+1
		}
	}
	if m, ok := multiplierWords[r.w(end)]; ok {
		v, end = v*m, end+1
	}
	return float64(v), false, end, true
}

// quantityFollows reports whether a count starts at token i.
func (r *recognizer) quantityFollows(i int) bool {
	_, _, _, ok := r.quantity(i)
	return ok
}

// durationFillers may come between a count and its unit ("two more weeks").
var durationFillers = wordList("duration_fillers")

// durationOrAgo matches durations and the dates counted back or forth from
// them: "three years", "11-day", "the past 20 years", "hours-long", "two
// days ago", "a year earlier", "recent years".
func (r *recognizer) durationOrAgo(i int) (spec, bool) {
	j := i
	det := ""
	if r.w(j) == "the" {
		det = "the"
		j++
	}
	switch w := r.w(j); w {
	case "past", "last", "next", "coming", "first", "previous", "recent", "following", "final", "initial":
		det += " " + w
		j++
	}
	// "recent years", "the coming weeks", "the past few days"
	if det != "" && det != "the" && pluralUnits[r.w(j)] {
		u := units[r.w(j)]
		return spec{first: i, last: j + 1, typ: Duration, value: durationValue(0, true, u)}, true
	}
	if (r.w(j) == "a" || r.w(j) == "an") && measureNouns[r.w(i-1)] {
		return spec{}, false // a speed: "60 miles an hour"
	}
	if r.margin(i) {
		return spec{}, false
	}
	q, vague, k, ok := r.quantity(j)
	if !ok {
		if strings.HasSuffix(det, " first") && (r.w(j) == "quarter" || r.w(j) == "half") && r.gamePeriod(i, j) {
			return spec{}, false // "the first quarter" of a game: no time (quarter)
		}
		if det != "" && strings.Contains(det, "the") && !strings.HasSuffix(det, "the") {
			u, ok := units[r.w(j)]
			// "the past year", "the last decade": the period before the
			// anchor's, as TimeBank annotates them.
			if ok && singularCalendar(u, r.w(j)) && (det == "the past" || det == "the last") {
				return spec{first: i, last: j + 1, typ: Date, how: offset, unit: u, n: -1}, true
			}
			// "the next month", "the coming week"
			if ok && singularCalendar(u, r.w(j)) || r.w(j) == "hour" || r.w(j) == "minute" {
				return spec{first: i, last: j + 1, typ: Duration, value: durationValue(1, false, units[r.w(j)])}, true
			}
		}
		return r.bareUnitDuration(i)
	}
	if vague && (det == "the past" || det == "the last") && !r.quantityFollows(j+1) {
		// "the past few months": some time before now.
		if pluralUnits[r.w(k)] {
			return spec{first: i, last: k + 1, typ: Date, value: "PAST_REF"}, true
		}
	}
	if (r.w(j) == "a" || r.w(j) == "an") && det != "" {
		return spec{}, false
	}
	for durationFillers[r.w(k)] {
		k++
	}
	hyphen := false
	if r.hyphenAt(k) {
		hyphen = true
		k++
	}
	u, ok := units[r.w(k)]
	if !ok {
		return spec{}, false
	}
	if !hyphen && (q != 1 || vague) && !pluralUnits[r.w(k)] {
		switch u.code {
		case "Y", "M", "W", "D", "H":
		default:
			return spec{}, false // "the 1988 second quarter"
		}
	}
	if q >= 1000 && !strings.Contains(r.w(j), ",") && u.code != "Y" {
		return spec{}, false
	}
	if (r.w(j) == "a" || r.w(j) == "an") && (r.w(k) == "second" || r.w(k) == "quarter" || k == j+1 && pluralUnits[r.w(k)]) {
		return spec{}, false // "a second group", "a quarter of"
	}
	if !hyphen && r.hyphenAt(k+1) && (r.w(k+2) == "earlier" || r.w(k+2) == "ago" || r.w(k+2) == "end") {
		return spec{}, false // "a year-earlier quarter"
	}
	if r.w(k+1) == "old" || r.w(k+1) == "older" {
		return spec{}, false // ages
	}
	if r.capitalized(k) && r.capitalized(j) && r.toks[j].Kind == token.Number {
		return spec{}, false // "60 Minutes"
	}
	k++
	if hyphen {
		if r.w(k-1) == "quarters" {
			return spec{}, false // "three-quarters": a fraction
		}
		if r.hyphenAt(k) && (r.w(k+1) == "old" || r.w(k+1) == "olds") {
			return spec{}, false // ages are not time expressions
		}
		if r.hyphenAt(k) && r.w(k+1) == "long" {
			k += 2
		}
	}
	// "a minute and a half"
	if r.w(k) == "and" && r.w(k+1) == "a" && r.w(k+2) == "half" {
		q += 0.5
		k += 3
	}
	// a score ("3-1") is never a duration; a count glued to a noun is not
	// a unit: guarded by requiring a unit word above.
	if (r.w(k) == "'" || r.w(k) == "’") && pluralUnits[r.w(k-1)] && k+1 < len(r.toks) && token.Adjacent(r.toks[k-1], r.toks[k]) &&
		r.toks[k+1].Kind == token.Word && !r.capitalized(k+1) {
		k++ // "10 years' probation": the genitive apostrophe is part of the span
	}
	s := spec{first: i, last: k, typ: Duration, value: durationValue(q, vague, u)}
	if det != "" && hyphen {
		s.first = j // "the 14-day [visit]", "her first [six-week] course": the determiner belongs to the noun
	}
	if det != "" {
		return s, true
	}
	// "a week or so ago": an approximate counted date
	if r.w(k) == "or" && r.w(k+1) == "so" && r.w(k+2) == "ago" && !vague && q == float64(int(q)) {
		return spec{first: i, last: k + 3, typ: Date, how: offset, unit: u, n: -int(q) * u.mult,
			counted: true, mod: "APPROX"}, true
	}
	// counted dates: two days ago, a year earlier, three weeks later
	switch r.w(k) {
	case "ago", "earlier", "later", "before", "after", "hence":
		dir := r.w(k)
		if (dir == "before" || dir == "after") && k+1 < len(r.toks) && r.toks[k+1].Kind != token.Punct {
			return s, true // "two days after the attack": the duration only
		}
		if (dir == "earlier" || dir == "later") && r.w(k+1) == "than" {
			return s, true // "two days earlier than planned": a duration, the comparison its signal
		}
		if dir == "later" || dir == "after" {
			// TimeBank marks "[three days] later" as a duration with a
			// signal, while "a year earlier" and "two days ago" are dates.
			return s, true
		}
		if vague || q != float64(int(q)) {
			v := "PAST_REF"
			if dir == "later" || dir == "after" || dir == "hence" {
				v = "FUTURE_REF"
			}
			return spec{first: i, last: k + 1, typ: Date, value: v}, true
		}
		n := int(q)
		if dir == "ago" || dir == "earlier" || dir == "before" {
			n = -n
		}
		return spec{first: i, last: k + 1, typ: Date, how: offset, unit: u, n: n * u.mult,
			prevAnchor: dir != "ago" && dir != "hence", counted: true}, true
	case "from":
		// "three months from now": by the TIMEX3 guidelines a duration
		// and, after its signal, the date it counts from ("now" is
		// tagged on its own)
		return s, true
	}
	if (r.w(j) == "a" || r.w(j) == "an") && setPrefix(r, i-1) {
		return spec{first: i, last: k, typ: Set, value: durationValue(1, false, u)}, true
	}
	return s, true
}

// bareUnitDuration matches a vague duration made of a unit alone: "for
// years", "hours-long", "decades-long", "day-long".
func (r *recognizer) bareUnitDuration(i int) (spec, bool) {
	u, ok := units[r.w(i)]
	if !ok {
		return spec{}, false
	}
	if r.hyphenAt(i+1) && r.w(i+2) == "long" {
		plural := pluralUnits[r.w(i)]
		return spec{first: i, last: i + 3, typ: Duration, value: durationValue(1, plural, u)}, true
	}
	if pluralUnits[r.w(i)] && (r.w(i-1) == "for" || r.w(i-1) == "within" || r.w(i-1) == "in" && r.toks[i].End == len(r.toks) || r.w(i-1) == "in" && i+1 < len(r.toks) && r.toks[i+1].Kind == token.Punct ||
		spanVerbs[r.w(i-1)] || (i == 0 || r.toks[i-1].Kind == token.Punct) && countedAfter[r.w(i+1)]) {
		// a plural unit alone is a vague duration: "for years", "it took
		// weeks", "Minutes after the blast"
		return spec{first: i, last: i + 1, typ: Duration, value: durationValue(0, true, u)}, true
	}
	return spec{}, false
}

// spanVerbs are verbs whose object a bare plural unit is as a length of
// time: "it took weeks", "the talks lasted hours".
var spanVerbs = wordList("span_verbs")

// countedAfter are the words after which a bare plural unit opening a
// clause is a vague duration: "Minutes after the blast", "Hours later".
var countedAfter = wordList("counted_after")

// setPrefix reports whether token i makes "a year" after it a frequency:
// "twice a year", "$5 million a year", "10 percent a year".
func setPrefix(r *recognizer, i int) bool {
	switch r.w(i) {
	case "times", "twice", "once", "thrice", "percent", "%", "million", "billion", "dollars", "each":
		return true
	}
	return i >= 0 && i < len(r.toks) && r.toks[i].Kind == token.Number
}

// durationValue renders a TIMEX3 duration: P3D, PT5H, P20Y, PT5H30M, PXY.
func durationValue(q float64, vague bool, u unit) string {
	code := u.code
	mult := float64(u.mult)
	timeUnit := code == "H" || code == "MIN" || code == "S"
	switch code {
	case "MIN":
		code = "M"
	case "Q":
		// TimeBank writes quarters with their own designator: P2Q, PXQ.
	case "WE":
		code, mult = "D", 2*mult
	}
	prefix := "P"
	if timeUnit {
		prefix = "PT"
	}
	if vague {
		// TimeBank practice: "decades" is PXY, "centuries" PXC.
		if u.gran == Century {
			return "PXC"
		}
		return prefix + "X" + code
	}
	n := q * mult
	if n == float64(int(n)) {
		return prefix + strconv.Itoa(int(n)) + code
	}
	// a half: spell it in the next smaller unit when exact.
	whole := int(n)
	var sub string
	switch code {
	case "Y":
		sub = strconv.Itoa(whole) + "Y6M"
	case "M":
		if timeUnit {
			sub = strconv.Itoa(whole) + "M30S"
		}
	case "D":
		return "P" + strconv.Itoa(whole) + "DT12H"
	case "H":
		sub = strconv.Itoa(whole) + "H30M"
	}
	if sub != "" && n-float64(whole) == 0.5 {
		if whole == 0 {
			sub = sub[strings.IndexAny(sub, "YMDH")+1:]
		}
		return prefix + sub
	}
	return prefix + strconv.FormatFloat(n, 'f', -1, 64) + code
}

// set matches frequencies: daily, annual, every year, each Thursday, on
// Tuesdays, per month.
func (r *recognizer) set(i int) (spec, bool) {
	w := r.w(i)
	if v, ok := setAdverbs[w]; ok {
		if r.capitalized(i+1) || r.w(i-1) == "average" || r.capitalized(i) && r.capitalized(i-1) {
			return spec{}, false // "the party daily Granma", "average daily volume"
		}
		if rateNouns[r.w(i+1)] {
			return spec{}, false // "annual sales", "a daily rate": a measure per period, not recurring times
		}
		return spec{first: i, last: i + 1, typ: Set, value: v}, true
	}
	switch w {
	case "every", "each", "per":
		if w == "per" && measureNouns[r.w(i-1)] {
			return spec{}, false // a speed: "60 miles per hour"
		}
		j := i + 1
		if r.w(j) == "other" {
			j++
		}
		x := r.w(j)
		if u, ok := units[x]; ok && !pluralUnits[x] {
			n := 1.0
			if j > i+1 {
				n = 2
			}
			return spec{first: i, last: j + 1, typ: Set, value: durationValue(n, false, u)}, true
		}
		if wd, ok := weekdays[x]; ok && r.capitalized(j) {
			return spec{first: i, last: j + 1, typ: Set, value: "XXXX-WXX-" + strconv.Itoa(isoWeekday(wd))}, true
		}
		if m, ok := months[x]; ok && r.capitalized(j) && len(x) > 3 {
			return spec{first: i, last: j + 1, typ: Set, value: "XXXX-" + twoDigits(m)}, true
		}
		if w != "per" && j == i+1 {
			// recurring seasons and parts of the day: "each spring",
			// "every evening"
			if code, ok := seasons[x]; ok {
				return spec{first: i, last: j + 1, typ: Set, value: "XXXX-" + code}, true
			}
			if code, ok := partsOfDay[x]; ok {
				return spec{first: i, last: j + 1, typ: Set, value: "XXXX-XX-XXT" + code}, true
			}
		}
	}
	if wd, ok := weekdayPlurals[w]; ok && r.capitalized(i) {
		return spec{first: i, last: i + 1, typ: Set, value: "XXXX-WXX-" + strconv.Itoa(isoWeekday(wd))}, true
	}
	// a weekday with a part of the day in the plural recurs: "Tuesday
	// nights", "Sunday mornings"
	if wd, ok := weekdays[w]; ok && r.capitalized(i) {
		if x, ok := strings.CutSuffix(r.w(i+1), "s"); ok {
			if code, ok := partsOfDay[x]; ok {
				return spec{first: i, last: i + 2, typ: Set, value: "XXXX-WXX-" + strconv.Itoa(isoWeekday(wd)) + "T" + code}, true
			}
		}
	}
	return spec{}, false
}

// isoWeekday converts a time.Weekday number (Sunday 0) to ISO (Monday 1,
// Sunday 7).
func isoWeekday(wd int) int {
	if wd == 0 {
		return 7
	}
	return wd
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// margin reports whether the duration starting at token i is a winning
// margin: "won by 3 seconds", "a margin of two minutes".
func (r *recognizer) margin(i int) bool {
	switch r.w(i - 1) {
	case "by":
		for k := i - 2; k >= max(0, i-4); k-- {
			if marginWords[r.w(k)] {
				return true
			}
		}
	case "of":
		return r.w(i-2) == "margin"
	}
	return false
}
