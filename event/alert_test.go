package event

import "testing"

// TestForcesOnAlert: forces put or placed on alert show force (152), their
// headline keeps the alert, and hospitals put on alert are no force's
// posture.
func TestForcesOnAlert(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Ruritania placed its army on high alert on Friday.", "exhibit_force_posture:placed"},
		{"Border troops were put on full alert on Friday.", "exhibit_force_posture:put"},
		{"Hospitals were put on alert for the storm on Friday.", ""},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
	checkHeadlines(t, []headlineCase{
		{"Border troops were put on high alert on Friday.", "put", "Border troops put on high alert"},
	})
}
