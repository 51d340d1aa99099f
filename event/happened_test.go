package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestHappenedTime checks that a relative clause of a happening verb
// dates the event noun before it across an appositive (happenedTime),
// and that other relative clauses do not.
func TestHappenedTime(t *testing.T) {
	monday := tx{"Monday", timex.Date, "2024-06-17", true}
	for _, c := range []struct {
		name, text, trigger, want string
	}{
		{"across an appositive", "Officials counted the dead of another mine blast, also in the northern province of Kursk, which occurred on Monday.", "mine blast", "2024-06-17"},
		{"right after the noun", "The gas explosion, which happened on Monday, killed nine miners.", "gas explosion", "2024-06-17"},
		{"another verb: not the noun's", "Officials counted the dead of another mine blast in the province of Kursk, which reported on Monday.", "mine blast", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := mentionOf(t, input(c.text, monday), c.trigger)
			got := timeValue(m)
			if got != c.want {
				t.Errorf("%q: %s dated %q, want %q", c.text, c.trigger, got, c.want)
			}
		})
	}
}
