package event

import "testing"

// TestSignedDeal checks that the accord noun in a signing's own phrase ("a
// deal worth ...") is that signing's business deal, no agreement beside
// it, while an accord a sentence tells apart from any signing stays one.
func TestSignedDeal(t *testing.T) {
	for _, c := range []struct {
		text      string
		agreement bool
	}{
		{"The Chicago Cubs signed pitcher Tom Baxter to a three-year contract, a deal worth 30 million dollars, after his best baseball season.", false},
		{"France and Russia reached a deal on gas prices.", true},
	} {
		found := false
		for _, m := range Extract(parsed(t, c.text)) {
			found = found || m.Type == Agreement
		}
		if found != c.agreement {
			t.Errorf("%q: agreement told %v, want %v", c.text, found, c.agreement)
		}
	}
}
