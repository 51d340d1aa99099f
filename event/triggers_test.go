package event

import (
	"strings"
	"testing"
)

// TestRepeatedCue checks that a trigger whose entry needs a cue word keeps
// the sense its first use in the sentence got for its repeat there
// (sent.repeated), and only there.
func TestRepeatedCue(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       int // appointment mentions
	}{
		{"the repeat of a cued verb", "Lavrov was replaced by Shoigu as minister on Monday, while Shoigu was replaced by a general.", 2},
		{"a verb with no cue", "The old bridge was replaced by a tunnel last year.", 0},
		{"the cue in another sentence", "Lavrov was replaced by Shoigu as minister. The old bridge was replaced by a tunnel.", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			var got []string
			for _, m := range Extract(input(tc.text)) {
				got = append(got, string(m.Type)+":"+m.Trigger)
				if m.Type == Appointment && strings.EqualFold(m.Trigger, "replaced") {
					n++
				}
			}
			if n != tc.want {
				t.Errorf("%q: %d appointments, want %d (%v)", tc.text, n, tc.want, got)
			}
		})
	}
}

// TestSeizeSense checks the senses of "seize" by what is seized: a vessel
// or its crew is hijacked (abduction), goods confiscated (coerce), a town
// captured, a record a game's result, a chance no event.
func TestSeizeSense(t *testing.T) {
	for _, c := range []struct {
		text string
		want Type
	}{
		{"The Russian-flagged tanker with its 20-member crew on board was seized near Kyiv.", Abduction},
		{"Rebels seized a passenger ferry near Kyiv.", Abduction},
		{"Police seized drugs and cash in Moscow.", Coerce},
		{"Rebels seized the town of Kursk.", Capture},
		{"The Lions striker seized the league scoring record on Sunday.", SportResult},
		{"The army seized the initiative in the northern hills on Sunday.", ""},
	} {
		if got := toldAs(parsed(t, c.text), "seized"); got != c.want {
			t.Errorf("%q: seized is %q, want %q", c.text, got, c.want)
		}
	}
}
