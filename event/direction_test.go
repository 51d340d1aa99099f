package event

import "testing"

// TestDirection: a market movement's direction is read on its trigger's
// lemma, else on a word its clause hangs on it ("closed 0.4 percent
// lower", "ended up"); a neutral close and a noun tell none.
func TestDirection(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          int
	}{
		{"The main share index fell 14.2 points to 3,120.5 on Friday.", "fell", DirectionDown},
		{"Ardenian share prices rose 2.4 percent in early deals.", "rose", DirectionUp},
		{"The blue-chip index closed 0.4 percent lower at midday Friday.", "closed", DirectionDown},
		{"The Vell composite index closed 12.3 points higher on Friday.", "closed", DirectionUp},
		{"The main index was up only 0.07 point at 812.46 in early dealing.", "was up", DirectionUp},
		{"The main share index closed at 3,120.5 points on Friday.", "closed", 0},
	} {
		got, found := 0, false
		for _, m := range Extract(parsed(t, tc.text+" Traders were cautious.")) {
			if m.Trigger == tc.trigger {
				got, found = m.Direction, true
			}
		}
		if !found {
			t.Errorf("%q: no mention of %q", tc.text, tc.trigger)
		} else if got != tc.want {
			t.Errorf("%q: %q goes %d, want %d", tc.text, tc.trigger, got, tc.want)
		}
	}
}
