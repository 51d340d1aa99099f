package event

import "testing"

// TestHyphenJoinedParties: names joined by hyphens before an event noun
// are all its parties, though the parse hangs the first on the second.
func TestHyphenJoinedParties(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"The Russia-Ukraine talks resumed on Monday in Ankara.", "talks", "agent=country:RUS counterpart=country:UKR location=place:ankara"},
		{"The leaders met on Friday for a two-day China-Turkey summit.", "summit", "agent=country:CHN counterpart=country:TUR"},
		{"The China-Turkey-Iran summit opened on Monday.", "summit", "agent=country:CHN counterpart=country:IRN counterpart=country:TUR"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
