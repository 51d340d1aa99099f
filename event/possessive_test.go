package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestPossessiveOwnTime checks that a time the parse makes the possessive
// of an event noun is the noun's own however many words stand between
// them ("last Friday's deadly car bombings"): the noun tells a dated
// happening, no reference back to one.
func TestPossessiveOwnTime(t *testing.T) {
	in := parsed(t, "Putin arrived here Monday evening to show support to the campaign following last Friday's deadly car bombings in the capital.",
		tx{"Monday evening", timex.Time, "2024-06-17TEV", true}, tx{"last Friday", timex.Date, "2024-06-14", true})
	m := mentionOf(t, in, "bombings")
	if m.Background || m.Time == nil || m.Time.Value != "2024-06-14" {
		t.Errorf("bombings: background %v, time %v; want an event of 2024-06-14", m.Background, m.Time)
	}
}

// TestPossessiveFarDate checks that a possessive time dates its noun
// however many words of the phrase stand between ("Saturday's 4-2 home
// defeat"), where a time that only stands before a noun (no possessive)
// dates it within modifierReach words.
func TestPossessiveFarDate(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	checkDating(t, []datingCase{
		{"Fans booed the players after Saturday's 4-2 home defeat against the leaders.",
			[]tx{d("Saturday", "2024-06-15")}, "defeat", "2024-06-15", Relative},
	})
}
