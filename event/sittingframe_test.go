package event

import "testing"

// TestSittingFrame checks that a sitting the verb is done at takes the
// verb's modal ("will review ... at the summit": planned), while a sitting
// under a past verb is held, and an "at" phrase that names no sitting
// ("could hit back at the sanctions") keeps its own event.
func TestSittingFrame(t *testing.T) {
	for _, c := range []struct {
		name, text, trigger string
		want                Factuality
	}{
		{"a future summit", "At the three-day summit, Ardena and Velta will review their trade ties.", "summit", Planned},
		{"a meeting later today", "Putin said he would present the plan to Xi at a private meeting later Monday.", "meeting", Planned},
		{"a past summit", "At the three-day summit, Ardena and Velta reviewed their trade ties.", "summit", Asserted},
		{"no sitting", "Lawmakers warned that Iran could hit back at the sanctions imposed by NATO on Saturday.", "sanctions", Asserted},
	} {
		m, ok := taggedMention(t, c.text, c.trigger)
		if !ok {
			t.Errorf("%s: %q: no mention at %q", c.name, c.text, c.trigger)
			continue
		}
		if m.Factuality != c.want {
			t.Errorf("%s: %q: %s %s, want %s", c.name, c.text, c.trigger, m.Factuality, c.want)
		}
	}
}
