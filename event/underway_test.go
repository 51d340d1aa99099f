package event

import "testing"

// TestUnderWay: a present participle describing a noun tells an act under
// way ("with visiting Dutch officers", "the visiting premier"); a finite
// verb or a participle with its own auxiliary does not.
func TestUnderWay(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The bureau said Monday it had ended a joint probe with visiting Dutch officers into the fraud.", true},
		{"Chilean Senator Ana Ruiz and visiting Peruvian Trade Minister Luis Paredes said here Friday that trade would grow.", true},
		{"Peruvian Trade Minister Luis Paredes is visiting Chile this week.", false},
		{"Peruvian Trade Minister Luis Paredes visited Chile on Friday.", false},
	} {
		found, got := false, false
		for _, m := range Extract(parsed(t, tc.text)) {
			if m.Type == Visit {
				found, got = true, m.UnderWay
			}
		}
		if !found || got != tc.want {
			t.Errorf("%q: visit found %v, under way %v, want %v", tc.text, found, got, tc.want)
		}
	}
}
