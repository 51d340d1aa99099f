package event

import "testing"

// TestInjuryMark checks that a killing mention of a verb of injuries is
// marked Mention.Injury (the merge makes its event an attack when no
// death is told) and one of a death is not.
func TestInjuryMark(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          bool
	}{
		{"Four soldiers were injured in clashes with smugglers near the border.", "injured", true},
		{"Militants killed six guards and wounded four others near the port.", "killed", false},
	} {
		m := find(t, parsed(t, c.text), c.trigger)
		if m.Type != Killing || m.Injury != c.want {
			t.Errorf("%q: %s %s injury %v, want killing injury %v", c.text, c.trigger, m.Type, m.Injury, c.want)
		}
	}
}
