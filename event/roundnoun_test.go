package event

import "testing"

// TestRoundNounLightVerb: a light verb whose object is a round of an event
// noun ("held a new round of talks") carries that noun, whose agent is the
// verb's subject; a round of elections stays the vote's, whose party is a
// contestant.
func TestRoundNounLightVerb(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Turkey held a fresh round of talks with Iran on Tuesday.", "talks", "agent=country:TUR counterpart=country:IRN"},
		{"Both delegations have had five rounds of negotiations since March.", "negotiations", ""},
	} {
		if got := triggerRoles(parsed(t, tc.text), tc.trigger); got != tc.want {
			t.Errorf("%q %s: roles %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}
