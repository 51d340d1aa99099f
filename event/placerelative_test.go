package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestNarrativePlaceRelative checks that the date of the account told in
// the sentence before does not reach an event told in a "where" clause
// describing a place ("the station, where ten people were killed"): that
// is what once happened there, while the account's own next event still
// takes it.
func TestNarrativePlaceRelative(t *testing.T) {
	d := tx{"Monday", timex.Date, "2024-06-17", true}
	for _, c := range []struct {
		text, trigger, want string // want "" for none
	}{
		{"The mayor arrived in the city on Monday. He laid flowers at the station, where ten people were killed.", "killed", ""},
		{"The mayor arrived in the city on Monday. Ten people were killed at the station.", "killed", "2024-06-17"},
	} {
		m := find(t, parsed(t, c.text, d), c.trigger)
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%q: %q dated %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}
