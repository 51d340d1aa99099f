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
