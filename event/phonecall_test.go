package event

import "testing"

// TestCallVerb checks that the verb "call" is a phone call only on the
// phone, not by a "with" after it, and that "phone" modifying a noun is
// no call.
func TestCallVerb(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Peru's president called Chile's leader by phone on Monday.", true},
		{"Peru held a phone call with Chile on Monday.", true},
		{"Peru on Monday called on Chile to cooperate fully with the inquiry.", false},
		{"Lima will hold a trade forum called Doing Business with Peru.", false},
		{"The firm signed a contract to run a mobile phone operator in Lima.", false},
	} {
		got := false
		for _, m := range Extract(parsed(t, tc.text)) {
			got = got || m.Type == PhoneCall
		}
		if got != tc.want {
			t.Errorf("%q: phone call %v, want %v", tc.text, got, tc.want)
		}
	}
}
