package timex

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/token"
)

// recognizer is the first stage: it finds time expressions over the tokens
// of a text and describes each with an underspecified [spec].
type recognizer struct {
	toks []token.Token
	low  []string // lower-cased token text, final period trimmed
}

func newRecognizer(text string, toks []token.Token) *recognizer {
	low := make([]string, len(toks))
	// One ASCII-lower-cased copy of the text serves every ASCII token (same
	// byte offsets), so that lower-casing costs one allocation, not one per
	// capitalized word; tokens with other bytes are lower-cased alone.
	folded := asciiLower(text)
	for i, t := range toks {
		s := t.Text
		if len(s) > 1 && s[len(s)-1] == '.' {
			s = s[:len(s)-1]
		}
		if t.Start >= 0 && t.Start+len(s) <= len(folded) && text[t.Start:t.Start+len(s)] == s && isASCII(s) {
			low[i] = folded[t.Start : t.Start+len(s)]
		} else {
			low[i] = lower(s)
		}
	}
	return &recognizer{toks: toks, low: low}
}

// asciiLower lower-cases the ASCII letters of s and leaves every other
// byte alone, so that offsets into s stay valid.
func asciiLower(s string) string {
	k := 0
	for k < len(s) && !('A' <= s[k] && s[k] <= 'Z') {
		k++
	}
	if k == len(s) {
		return s
	}
	b := []byte(s)
	for ; k < len(b); k++ {
		if c := b[k]; 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lower is strings.ToLower with a fast path for ASCII lower-case text.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// w returns the lower-cased word at i, or "" out of range.
func (r *recognizer) w(i int) string {
	if i < 0 || i >= len(r.low) {
		return ""
	}
	return r.low[i]
}

// capitalized reports whether token i starts with an upper-case letter.
func (r *recognizer) capitalized(i int) bool {
	if i < 0 || i >= len(r.toks) {
		return false
	}
	c, _ := utf8.DecodeRuneInString(r.toks[i].Text)
	return unicode.IsUpper(c)
}

// hyphenAt reports whether token i is a hyphen joining tokens i-1 and i+1
// with no space ("mid-2024", "11-day").
func (r *recognizer) hyphenAt(i int) bool {
	return i > 0 && i+1 < len(r.toks) && (r.toks[i].Text == "-" || r.toks[i].Text == "–") &&
		token.Adjacent(r.toks[i-1], r.toks[i]) && token.Adjacent(r.toks[i], r.toks[i+1])
}

// isNumber reports whether token i is a plain number of digits only.
func (r *recognizer) digitsAt(i int) (int, bool) {
	if i < 0 || i >= len(r.toks) || r.toks[i].Kind != token.Number {
		return 0, false
	}
	s := r.toks[i].Text
	if len(s) > 9 {
		return 0, false
	}
	return digitsOnly(s)
}

// all returns every expression in text order, non-overlapping.
func (r *recognizer) all() []spec {
	var out []spec
	for i := 0; i < len(r.toks); {
		if r.toks[i].Kind == token.Punct && r.low[i] != "'" && r.low[i] != "’" || r.toks[i].Kind == token.Word && !triggers[r.low[i]] {
			i++
			continue
		}
		s, ok := r.at(i)
		if !ok || s.last <= i {
			i++
			continue
		}
		if s.mod == "" && approxWords[r.w(i-1)] && s.first == i {
			s.mod = "APPROX"
			// TimeBank keeps "nearly" and "almost" in the span ("[nearly
			// two years]") but not "about" ("about [two weeks]").
			if mod, ok := spanApprox[r.w(i-1)]; ok && (len(out) == 0 || out[len(out)-1].last < i) {
				s.first, s.mod = i-1, mod
			}
		}
		if s.typ == Date && s.how == offset && s.n != 0 && !s.counted && (s.unit.gran == Decade || s.unit.gran == Century) && spanWords[r.w(s.last-2)] {
			// "the past decade", "over the next century": the span of ten
			// or a hundred years back or ahead, not a calendar decade
			s.typ, s.how, s.value = Duration, fixed, durationValue(1, false, s.unit)
		}
		if r.w(s.last) == "or" && r.w(s.last+1) == "so" {
			s.last += 2 // "the next year or so"
			if s.mod == "" {
				s.mod = "APPROX"
			}
		}
		if lo, ok := r.rangeLow(s, out); ok {
			out = append(out, lo) // "between [6] and [9 months]"
		}
		r.sharedYear(&s)
		hi, isDay := r.dayRangeEnd(&s)
		out = append(out, s)
		if isDay {
			out = append(out, hi) // "[April 24] and [25]"
			i = hi.last
			continue
		}
		if hi, ok := r.yearRangeEnd(s); ok {
			out = append(out, hi) // "[1962]-[63]"
			i = hi.last
			continue
		}
		i = s.last
	}
	return out
}

// rangeLow finds the first number of a range of durations sharing their
// unit, "between 6 and 9 months", "6 to 9 months", "six or seven years":
// a duration of its own, with the unit of s (by the TIMEX3 guidelines each
// end is an expression). prev are the expressions found before s.
func (r *recognizer) rangeLow(s spec, prev []spec) (spec, bool) {
	if s.typ != Duration || s.mod != "" {
		return spec{}, false
	}
	u, ok := units[r.w(s.last-1)]
	if !ok {
		return spec{}, false
	}
	if _, _, end, ok := r.quantity(s.first); !ok || end != s.last-1 {
		return spec{}, false // the duration is a number and its unit
	}
	switch r.w(s.first - 1) {
	case "and", "to", "or":
	default:
		return spec{}, false
	}
	lo := s.first - 2
	q, vague, end, ok := r.quantity(lo)
	if !ok || vague || end != s.first-1 || len(prev) > 0 && prev[len(prev)-1].last > lo {
		return spec{}, false
	}
	if r.w(s.first-1) == "and" && r.w(lo-1) != "between" {
		return spec{}, false // "2 and 9 months": no range without "between"
	}
	return spec{first: lo, last: lo + 1, typ: Duration, value: durationValue(q, false, u)}, true
}

// yearRangeEnd finds the second year of a span written "1962-63" after
// the year s: a year of its own in s's century.
func (r *recognizer) yearRangeEnd(s spec) (spec, bool) {
	if s.typ != Date || s.how != fixed || len(s.value) != 4 || s.last != s.first+1 || !r.hyphenAt(s.last) {
		return spec{}, false
	}
	j := s.last + 1
	if j >= len(r.toks) || len(r.low[j]) != 2 || !token.Adjacent(r.toks[j-1], r.toks[j]) {
		return spec{}, false
	}
	yy, ok := digitsOnly(r.low[j])
	first, _ := digitsOnly(s.value)
	if !ok || first == 0 || yy <= first%100 {
		return spec{}, false
	}
	return spec{first: j, last: j + 1, typ: Date, value: fmt.Sprintf("%02d%02d", first/100, yy)}, true
}

// spanWords before "decade" or "century" make it a span of years from
// the present, not a calendar period.
var spanWords = wordList("span_words")

// at tries every pattern at token i and keeps the longest match.
func (r *recognizer) at(i int) (spec, bool) {
	if titles[r.w(i-1)] {
		return spec{}, false
	}
	var best spec
	found := false
	try := func(s spec, ok bool) {
		if ok && (!found || s.last > best.last) {
			best, found = s, true
		}
	}
	try(r.rangeMod(i))
	try(r.positionMod(i))
	if !found {
		try(r.core(i))
	}
	return best, found
}

// core tries the patterns that do not start with a modifier.
func (r *recognizer) core(i int) (spec, bool) {
	var best spec
	found := false
	try := func(s spec, ok bool) {
		if ok && (!found || s.last > best.last) {
			best, found = s, true
		}
	}
	try(r.clock(i))
	try(r.calendarDate(i))
	try(r.yearLike(i))
	try(r.deictic(i))
	try(r.durationOrAgo(i))
	try(r.set(i))
	try(r.yearAgo(i))
	try(r.holiday(i))
	return best, found
}

// rangeMod matches "more than", "at least", "up to" ... before a duration or
// an "ago" expression; the comparative is part of the span.
func (r *recognizer) rangeMod(i int) (spec, bool) {
	switch r.w(i) {
	case "more", "over", "longer", "less", "under", "fewer", "at", "up", "no":
	default:
		return spec{}, false
	}
	for n := 3; n >= 1; n-- {
		var key string
		switch n {
		case 1:
			key = r.w(i)
		case 2:
			key = r.w(i) + " " + r.w(i+1)
		default:
			key = r.w(i) + " " + r.w(i+1) + " " + r.w(i+2)
		}
		mod, ok := rangeMods[key]
		if !ok {
			continue
		}
		j := i + n
		if r.w(j) == "the" {
			return spec{}, false // "over the past year": a preposition
		}
		if approxWords[r.w(j)] {
			j++
		}
		s, ok := r.durationOrAgo(j)
		if !ok {
			return spec{}, false
		}
		s.first, s.mod = i, mod
		return s, true
	}
	return spec{}, false
}

// positionMod matches early/mid/late and "the beginning/middle/end of"
// before a date: "mid-2024", "late February", "the end of the year".
func (r *recognizer) positionMod(i int) (spec, bool) {
	j := i
	if r.w(j) == "the" {
		j++
	}
	mod, ok := positionMods[r.w(j)]
	if !ok {
		return spec{}, false
	}
	word := r.w(j)
	j++
	switch word {
	case "early", "mid", "late":
		if r.hyphenAt(j) {
			j++
		}
	default:
		if j-1 == i || r.w(j) != "of" {
			return spec{}, false // "the end of" needs its article and "of"
		}
		j++
	}
	// "the end of the year/month/week/decade".
	if r.w(j) == "the" {
		if u, ok := units[r.w(j+1)]; ok && u.code != "S" && u.code != "MIN" && u.code != "H" && !strings.HasSuffix(r.w(j+1), "s") {
			return spec{first: i, last: j + 2, typ: Date, mod: mod, how: offset, unit: u, n: 0}, true
		}
	}
	// "toward the end of year": the same without the unit's article.
	if u, ok := units[r.w(j)]; ok && (u.code == "Y" || u.code == "M" || u.code == "W") && singularCalendar(u, r.w(j)) && word != "early" && word != "mid" && word != "late" {
		if _, isYear := r.yearAt(j + 1); !isYear && !r.quantityFollows(j+1) {
			return spec{first: i, last: j + 1, typ: Date, mod: mod, how: offset, unit: u, n: 0}, true
		}
	}
	s, ok := r.core(j)
	if !ok || s.typ != Date && !(s.typ == Time && isPartOfDay(s.suffix)) || s.first != j {
		return spec{}, false // but "early Tuesday morning" is a part of day's part
	}
	// "late Friday", "early 2024": the period is kept, the mod marks its part.
	s.mod, s.first = mod, i
	return s, true
}

// isPartOfDay reports whether a value suffix names a part of the day
// ("TMO", "TNI"), not a clock time.
func isPartOfDay(suffix string) bool {
	if len(suffix) != 3 || suffix[0] != 'T' {
		return false
	}
	for _, pod := range partsOfDay {
		if suffix[1:] == pod {
			return true
		}
	}
	return false
}
