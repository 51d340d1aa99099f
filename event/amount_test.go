package event

import "testing"

// TestAmountVerb: a light verb giving an amount "in" a noun trigger
// carries the noun's event, so its subject is the giver; with no amount
// between them, "in" is no link.
func TestAmountVerb(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Russia will provide 15 million dollars in emergency aid to North Korea.", "aid", "agent=country:RUS recipient=country:PRK"},
		{"China gave some $20 million in aid to Iran on Monday.", "aid", "agent=country:CHN recipient=country:IRN"},
		{"Russia is interested in aid to North Korea.", "aid", "recipient=country:PRK"},
	} {
		m := mentionOf(t, input(tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
