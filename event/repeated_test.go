package event

import "testing"

// TestRepeatedInPerfect checks that an act done "repeatedly" in the
// perfect is habitual, told in the background (no event of its own),
// while one told repeated in an account of a day is that day's act.
func TestRepeatedInPerfect(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		background    bool
	}{
		{"Turkey has repeatedly met with Iran on the margins of the forum.", "met", true},
		{"The chairman repeatedly urged the delegates to stay calm on Monday.", "urged", false},
	} {
		if got := mentionOf(t, parsed(t, tc.text), tc.trigger).Background; got != tc.background {
			t.Errorf("%q: background %v, want %v", tc.text, got, tc.background)
		}
	}
}
