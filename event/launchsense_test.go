package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestLaunchSense checks the weapons_test entry of "launch" on made-up
// sentences read with a real parse: a satellite put in orbit is no
// weapons test; a missile launched still is.
func TestLaunchSense(t *testing.T) {
	states := []ent{
		{"Ruritania", "country:RUR", actor.Country, false},
	}
	for _, tc := range []struct {
		rule, text string
		want       Type
	}{
		{"a satellite in orbit", "So far, Ruritania has launched six communication satellites, the agency said on Monday.", ""},
		{"a missile launched", "Ruritania launched a ballistic missile into the sea on Monday.", WeaponsTest},
	} {
		in := parsedWith(t, tc.text, states)
		in.Times = timex.Tag(tc.text, dct)
		if got := mentionedAs(in, "launched"); got != tc.want {
			t.Errorf("%s: %q: told as %q, want %q", tc.rule, tc.text, got, tc.want)
		}
	}
}
