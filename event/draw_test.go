package event

import "testing"

// TestHeldToDraw checks that a side held to a draw in a game is a sport
// result, and a tournament's draw held is none.
func TestHeldToDraw(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Peru were held to a goalless draw with Chile in the tournament on Wednesday.", true},
		{"FIFA held the draw for the tournament in Leipzig on Friday.", false},
	} {
		got := false
		for _, m := range Extract(parsed(t, tc.text)) {
			got = got || m.Type == SportResult
		}
		if got != tc.want {
			t.Errorf("%q: sport result %v, want %v", tc.text, got, tc.want)
		}
	}
}
