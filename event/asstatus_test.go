package event

import "testing"

// TestStatusAgentSlip checks that the by-phrase of a verb of listing or
// telling, hung by the parse on its "as" participle, is no agent of the
// act, while a plain passive keeps its agent.
func TestStatusAgentSlip(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		agent         bool
	}{
		{"The sergeant was formally listed as killed in action by Russia on Friday.", "killed", false},
		{"The guard was recorded as killed by Russia on Friday.", "killed", false},
		{"The guard was killed by Russia on Friday.", "killed", true},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		got := false
		for _, p := range m.Participants {
			got = got || p.Role == Agent
		}
		if got != tc.agent {
			t.Errorf("%q: agent %v, want %v (%v)", tc.text, got, tc.agent, m.Participants)
		}
	}
}
