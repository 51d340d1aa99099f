package event

import "testing"

// TestAnaphor checks which background mentions refer back to one event
// (Mention.Anaphor), read with a real parse: a definite, possessive or
// participant-less noun does; a habit, a plural and a told event do not.
func TestAnaphor(t *testing.T) {
	for _, tc := range []struct {
		rule, text, trigger string
		background, anaphor bool
	}{
		{"definite noun", "Police arrested students during the demonstration.", "demonstration", true, true},
		{"possessive noun", "Putin's visit to Pyongyang drew criticism.", "visit", true, true},
		{"definite noun as subject", "The treaty took effect.", "treaty", true, true},
		{"plural: several events", "Their recent summits were productive.", "summits", true, false},
		{"habit", "Iran often responds to French drills with missile tests.", "drills", true, false},
		{"an event told", "Putin visited Pyongyang.", "visited", false, false},
		{"an earlier event than the one told", "Shops closed after riots at previous NATO summits in Genoa.", "summits", true, false},
		{"an earlier event than the one told", "Putin said the previous summit with NATO in Riga had failed.", "summit", true, false},
		{"a copula describing an event told before", "It was the first meeting of NATO that Putin has attended.", "meeting", true, true},
		{"a copula describing an event told before", "This was an attack by Russia on Kursk, Putin said.", "attack", true, true},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if m.Background != tc.background || m.Anaphor != tc.anaphor {
			t.Errorf("%s: %q %q: background %v anaphor %v, want %v %v", tc.rule, tc.text, tc.trigger, m.Background, m.Anaphor, tc.background, tc.anaphor)
		}
	}
}
