package event

import "testing"

// TestNounByAgents: every name of a noun event's "by" phrase does it, not
// only the first ("a boycott by Russia, Iran and China": three agents, no
// counterpart).
func TestNounByAgents(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"A boycott by Russia, Iran and China has caused a crisis in Ukraine.", "boycott", "agent=country:CHN agent=country:IRN agent=country:RUS"},
		{"A statement released by Russia and China on Monday condemned the test.", "statement", "agent=country:CHN agent=country:RUS"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
