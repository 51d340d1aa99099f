package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// A noun told as what another act deals with, dated only by that act's
// day, is marked ReportDated (it may lie a day or two before); one with a
// time of its own, the occasion of the act, its purpose, what it comes
// before ("ahead of") or the object of a verb of its own type is not.
func TestHostDated(t *testing.T) {
	cases := []struct {
		text, when, trigger string
		want                bool
	}{
		{"Rebel leaders rejected the peace agreement with Velta on Friday.", "Friday", "agreement", true},
		{"The governor expressed sadness on Friday over the killing of the poet.", "Friday", "killing", true},
		{"Two soldiers were killed in an ambush near Kordo on Friday.", "Friday", "ambush", false},
		{"The capital of Ardena prepared on Friday for the inauguration of the new government.", "Friday", "inauguration", false},
		{"Ardena decked out its streets for the inauguration Friday of its new president.", "Friday", "inauguration", false},
		{"Velta and Ardena held talks on Friday.", "Friday", "held talks", false},
		{"Oil prices rose on Friday ahead of the summit in Velta.", "Friday", "summit", false},
		{"The trial of the former general resumed on Friday.", "Friday", "trial", false},
	}
	for _, c := range cases {
		in := parsed(t, c.text, tx{c.when, timex.Date, "2024-06-21", true})
		m := mentionOf(t, in, c.trigger)
		if m.ReportDated != c.want {
			t.Errorf("%q / %s: ReportDated = %v, want %v (time %v)", c.text, c.trigger, m.ReportDated, c.want, m.Time)
		}
	}
}
