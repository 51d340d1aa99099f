package event

import "testing"

// TestStatementOwner: a statement noun that is an oblique of a verb,
// marked "in" or, for a reporting verb, "according to", was issued by the
// verb's subject; "according to" on another verb names no issuer.
func TestStatementOwner(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{`"Nothing improper happened," Erdogan said in a brief written statement on Monday.`, "statement", "agent=person:erdogan"},
		{`"The vote was a sham," Russia said, according to a statement released on Monday.`, "statement", "agent=country:RUS"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
