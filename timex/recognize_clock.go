package timex

import (
	"fmt"
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// clock matches times of day, with the day they fall on when it follows:
// "10:35 a.m.", "10 p.m. Wednesday", "4 a.m. EDT Thursday", "noon", "14:00 GMT",
// "3 p.m. (2000 GMT) Tuesday" (the same time in another zone set aside).
func (r *recognizer) clock(i int) (spec, bool) {
	var hh, mm int
	k := i
	w := r.w(i)
	if v, ok := namedTimes[w]; ok {
		if r.w(i-1) == "high" {
			return spec{}, false // "High Noon"
		}
		fmt.Sscanf(v, "%d:%d", &hh, &mm)
		k = i + 1
	} else {
		if i >= len(r.toks) || r.toks[i].Kind != token.Number {
			return spec{}, false
		}
		if d, ok := r.elapsed(i); ok {
			return d, true
		}
		if h, m, ok := strings.Cut(w, ":"); ok {
			hv, ok1 := digitsOnly(h)
			mv, ok2 := digitsOnly(m)
			if !ok1 || !ok2 || len(m) != 2 || len(h) > 2 || hv > 24 || mv > 59 {
				return spec{}, false
			}
			if r.raceTime(i) {
				return spec{}, false // "a world record of 3:50. 07": minutes and seconds
			}
			hh, mm, k = hv, mv, i+1
		} else if hv, mv, ok := r.zonedFourDigits(i); ok {
			hh, mm, k = hv, mv, i+1 // "1925 GMT": a clock time, not a year
		} else {
			hv, ok := r.digitsAt(i)
			if !ok || hv < 1 || hv > 12 || len(w) > 2 {
				return spec{}, false
			}
			if _, ok := meridiems[r.w(i+1)]; !ok && r.w(i+1) != "o'clock" {
				if _, _, ok := r.dayPartMeridiem(i + 1); !ok {
					return spec{}, false
				}
			}
			hh, k = hv, i+1
		}
		if pm, n, ok := r.dayPartMeridiem(k); ok && hh >= 1 && hh <= 12 {
			// "4 in the morning", "9 at night"
			if pm && hh < 12 {
				hh += 12
			} else if !pm && hh == 12 {
				hh = 0
			}
			k += n
		} else if pm, ok := meridiems[r.w(k)]; ok {
			if hh > 12 {
				return spec{}, false
			}
			if pm && hh < 12 {
				hh += 12
			} else if !pm && hh == 12 {
				hh = 0
			}
			k++
		} else if r.w(k) == "o'clock" {
			k++
		}
	}
	if timezones[r.w(k)] {
		k++
	}
	// a clock time alone falls on the day the narrative is at.
	s := spec{first: i, last: k, typ: Time, how: offset, unit: units["day"], dayAnchor: true}
	j := k
	if c, ok := r.zoneAside(k); ok {
		j = c // "3 p.m. (2000 GMT) Tuesday"
	}
	if r.w(j) == "on" {
		j++
	}
	if d, ok := r.dayAfterClock(j); ok {
		s = d
		s.first, s.typ = i, Time
	}
	if hh == 24 {
		s.suffix = "T24:00"
	} else {
		s.suffix = fmt.Sprintf("T%02d:%02d", hh, mm)
	}
	return s, true
}

// zonedFourDigits reads a four-digit clock time written without a colon and
// followed by a zone abbreviation ("at 1925 GMT", "0400 UTC"): hours and
// minutes. Without the zone the number stays a year ("in 1925").
func (r *recognizer) zonedFourDigits(i int) (hh, mm int, ok bool) {
	w := r.w(i)
	if len(w) != 4 || !timezones[r.w(i+1)] {
		return 0, 0, false
	}
	hv, ok1 := digitsOnly(w[:2])
	mv, ok2 := digitsOnly(w[2:])
	if !ok1 || !ok2 || hv > 23 || mv > 59 {
		return 0, 0, false
	}
	return hv, mv, true
}

// zoneAside matches the same time in another zone, in brackets after a
// clock time at token k ("3 p.m. (2000 GMT) Tuesday", "11:45 a.m. (0845
// GMT) on Friday"): the token after the closing bracket, so that the day
// after it still dates the time.
func (r *recognizer) zoneAside(k int) (int, bool) {
	if r.w(k) != "(" {
		return 0, false
	}
	zone := false
	for j := k + 1; j < len(r.toks) && j <= k+maxZoneAside; j++ {
		switch {
		case r.w(j) == ")":
			return j + 1, zone && j > k+1
		case timezones[r.w(j)]:
			zone = true
		case r.toks[j].Kind != token.Number && r.w(j) != ":":
			if _, ok := meridiems[r.w(j)]; !ok {
				return 0, false
			}
		}
	}
	return 0, false
}

// maxZoneAside is the most tokens inside the brackets of zoneAside
// ("0845 GMT", "8:45 a.m. GMT").
const maxZoneAside = 5

// dayAfterClock matches the day after a clock time: today, yesterday,
// tomorrow, a weekday, or a calendar date.
func (r *recognizer) dayAfterClock(j int) (spec, bool) {
	switch r.w(j) {
	case "today", "yesterday", "tomorrow":
		s, ok := r.deictic(j)
		return s, ok && s.typ == Date
	}
	if wd, ok := weekdays[r.w(j)]; ok {
		if s, ok := r.calendarDate(j); ok {
			return s, true
		}
		s, ok := r.weekday(j, j, wd, 0, false)
		return s, ok && s.typ == Date
	}
	if s, ok := r.calendarDate(j); ok && s.day != 0 || ok && len(s.value) == 10 {
		return s, true
	}
	return spec{}, false
}

// dayPartMeridiem matches the part of day that stands for a.m. or p.m.
// after an hour ("in the morning", "at night") at token k: whether it is
// p.m. and how many tokens it takes.
func (r *recognizer) dayPartMeridiem(k int) (pm bool, n int, ok bool) {
	switch {
	case r.w(k) == "in" && r.w(k+1) == "the":
		switch r.w(k + 2) {
		case "morning":
			return false, 3, true
		case "afternoon", "evening":
			return true, 3, true
		}
	case r.w(k) == "at" && r.w(k+1) == "night":
		return true, 2, true
	}
	return false, 0, false
}

// elapsed matches a clock-like "2:41:09" (hours, minutes, seconds) after a
// word that makes it a length of time ("finished in 2:41:09"): a
// DURATION, PT2H41M9S.
func (r *recognizer) elapsed(i int) (spec, bool) {
	if strings.Count(r.w(i), ":") != 2 || !elapsedCues[r.w(i-1)] {
		return spec{}, false
	}
	parts := strings.Split(r.w(i), ":")
	if _, ok := meridiems[r.w(i+1)]; ok || timezones[r.w(i+1)] {
		return spec{}, false
	}
	var v [3]int
	for n, p := range parts {
		d, ok := digitsOnly(p)
		if !ok || n > 0 && (len(p) != 2 || d > 59) {
			return spec{}, false
		}
		v[n] = d
	}
	value := "PT"
	for n, code := range []string{"H", "M", "S"} {
		if v[n] != 0 {
			value += fmt.Sprintf("%d%s", v[n], code)
		}
	}
	if value == "PT" {
		return spec{}, false
	}
	return spec{first: i, last: i + 1, typ: Duration, value: value}, true
}

// raceTime reports whether the clock-like "3:50" at token i is minutes
// and seconds of a race, its hundredths set apart after a point by a
// stray space, after a word that makes it a length of time ("a world
// record of 3:50. 07"; "3:50.07" written whole is one token the tagger
// never takes for a time): no time of day.
func (r *recognizer) raceTime(i int) bool {
	if !elapsedCues[r.w(i-1)] || r.w(i+1) != "." || i+2 >= len(r.toks) {
		return false
	}
	return r.toks[i+2].Kind == token.Number
}
