package timex

import "fmt"

// holidayFirst are the first words of the names in holidays; the
// recognizer looks further only after one of them.
var holidayFirst = buildHolidayFirst()

func buildHolidayFirst() map[string]bool {
	m := map[string]bool{}
	for k := range holidays {
		w := k
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				w = k[:i]
				break
			}
		}
		m[w] = true
	}
	return m
}

// holiday matches a capitalized holiday name at token i ("Thanksgiving
// Day", "New Year's Eve", "Easter"), with an optional year after it
// ("Christmas 1998"). Its date is found like a month and day's.
func (r *recognizer) holiday(i int) (spec, bool) {
	if !holidayFirst[r.w(i)] || !r.capitalized(i) {
		return spec{}, false
	}
	for n := maxHolidayWords; n >= 1; n-- {
		if i+n > len(r.toks) {
			continue
		}
		key := r.w(i)
		for k := 1; k < n; k++ {
			key += " " + r.w(i+k)
		}
		h, ok := holidays[key]
		if !ok {
			continue
		}
		// every word of a name is capitalized except "'s".
		if !r.capitalized(i+n-1) && r.w(i+n-1) != "'s" {
			continue
		}
		s := spec{first: i, last: i + n, typ: Date, how: holidayOf, hol: h}
		if y, ok := r.yearAt(i + n); ok {
			d := h.date(y)
			s.last, s.how, s.value = i+n+1, fixed, dateString(d)
		} else if r.w(i+n) == "week" {
			// "Easter week", "Thanksgiving week": the week holding it.
			s.last, s.weekOfDay = i+n+1, true
		}
		return s, true
	}
	return spec{}, false
}

// holidayValue resolves a holiday named without a year against anchor a.
func holidayValue(a anchor, s spec, t tense) string {
	d := s.hol.date(a.t.Year())
	s.month, s.day = int(d.Month()), d.Day()
	return dateString(s.hol.date(monthYear(a.t, s, t)))
}

// unresolvedHoliday renders a holiday with no anchor: its month and day
// when they are the same every year.
func unresolvedHoliday(h holiday) string {
	if h.day != 0 {
		return fmt.Sprintf("XXXX-%02d-%02d", h.month, h.day)
	}
	if !h.easter {
		return fmt.Sprintf("XXXX-%02d-XX", h.month)
	}
	return "XXXX-XX-XX"
}
