package event

import "testing"

// TestAccuseVerbs: a party implicated in an act, or an accusation
// repeated or levelled, is an accusation (disapprove, 112); a participle
// telling who is implicated, and an accusation rejected, are none.
func TestAccuseVerbs(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"The pilot implicated two colonels in the raid on the depot.", "disapprove:implicated"},
		{"Clerks implicated in the fraud quit the bank on Monday.", ""},
		{"The miners repeated their accusation that the guards had robbed them.", "disapprove:repeated"},
		{"The union reiterated its allegations against the firm's owner.", "disapprove:reiterated"},
		{"The governor rejected the accusation on Monday.", ""},
		{"The choir repeated the song on Monday.", ""},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
