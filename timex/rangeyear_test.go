package timex

import (
	"testing"
	"time"
)

// TestRangeYears checks that the first day of a range written with its
// year once, at the end, takes that year (the year before when the range
// crosses a new year), and that a first day with a year of its own, or
// one not joined to the second, keeps its own.
func TestRangeYears(t *testing.T) {
	dct := time.Date(2005, 12, 12, 0, 0, 0, 0, time.UTC)
	checkSpanValues(t, dct, []spanValue{
		{"The units fought from October 3 to October 4, 1988 at the farm.", "October 3", "1988-10-03"},
		{"Talks ran between May 3 and May 5, 1991 in Geneva.", "May 3", "1991-05-03"},
		{"The siege lasted from December 28 to January 3, 1992 in the town.", "December 28", "1991-12-28"},
		{"The siege lasted from December 28, 1990 to January 3, 1992 in the town.", "December 28, 1990", "1990-12-28"},
		{"Police came on November 20, and on November 21, 1991 the army came.", "November 20", "2005-11-20"},
	})
}

// TestInYears checks that a yearless month or day followed by "in" and a
// year takes that year, and that a weekday, a month with its own year or
// one not followed by "in" keeps its own.
func TestInYears(t *testing.T) {
	dct := time.Date(2006, 11, 18, 0, 0, 0, 0, time.UTC)
	checkSpanValues(t, dct, []spanValue{
		{"The forum first talked in March in 2001 after the crisis.", "March", "2001-03"},
		{"The plant opened on May 3 in 2001, its owners said.", "May 3", "2001-05-03"},
		{"The plant opened on Monday in 2001 terms, its owners said.", "Monday", "2006-11-13"},
		{"The plant opened in December 2000 in 2001 dollars.", "December 2000", "2000-12"},
		{"The plant opened in December, and in 2001 it closed.", "December", "2005-12"},
	})
}

// spanValue is a text, a time expression of it and the value it should get.
type spanValue struct{ text, span, value string }

// checkSpanValues tags each case's text against dct and checks the value
// of its span.
func checkSpanValues(t *testing.T, dct time.Time, cases []spanValue) {
	t.Helper()
	for _, c := range cases {
		got := ""
		for _, x := range Tag(c.text, dct) {
			if x.Text == c.span {
				got = x.Value
			}
		}
		if got != c.value {
			t.Errorf("%q: %q = %q, want %q", c.text, c.span, got, c.value)
		}
	}
}

// TestSpanEndKeepsNarrative checks that the last year of a span of years
// does not become the year a history's yearless dates fall in.
func TestSpanEndKeepsNarrative(t *testing.T) {
	dct := time.Date(2005, 12, 12, 0, 0, 0, 0, time.UTC)
	text := "The town fell in November 1991 after a siege. The siege began in 1991. The army took the town in 1991, " +
		"in the worst fighting of the 1991-1995 war. The massacre started on November 20."
	got := ""
	for _, x := range Tag(text, dct) {
		if x.Text == "November 20" {
			got = x.Value
		}
	}
	if got != "1991-11-20" {
		t.Errorf("November 20 = %q, want 1991-11-20", got)
	}
}
