package event

import (
	"strings"
	"testing"
)

// TestOfficeOf checks that a gathering named only as what an office
// holder presides ("the chairwoman of the forum") is no meeting, while
// the same noun in another relation still is one.
func TestOfficeOf(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"Maria Lopez, the chairwoman of the regional trade forum, criticized the tariffs on Sunday.", ""},
		{"Omar Haddad, the president-designate of the ocean conference, appealed for funds on Monday.", ""},
		{"The regional trade forum opened in Lisbon on Sunday.", "meeting"},
		{"Delegates met at the ocean conference on Monday.", "meeting"},
	} {
		var got []string
		for _, m := range Extract(parsed(t, tc.text)) {
			if m.Type == Meeting {
				got = append(got, string(m.Type))
			}
		}
		if g := strings.Join(got, " "); !strings.Contains(g, tc.want) || tc.want == "" && g != "" {
			t.Errorf("%q: meetings %q, want %q", tc.text, g, tc.want)
		}
	}
}
