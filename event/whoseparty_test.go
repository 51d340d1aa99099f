package event

import "testing"

// TestWhoseParty: a relative "whose" possessing a led body's noun
// ("Rossi, whose party won the election") makes the name before it the
// contestant; another possessed noun ("whose son") does not.
func TestWhoseParty(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"The promise came from Putin, whose party narrowly carried the March regional election.", "election", "agent=person:putin"},
		{"The plan was backed by Putin, whose coalition won the parliamentary election in April.", "election", "agent=person:putin"},
		{"The plan was backed by Putin, whose son won the parliamentary election in April.", "election", ""},
	} {
		if got := triggerRoles(parsed(t, tc.text), tc.trigger); got != tc.want {
			t.Errorf("%q %s: roles %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}
