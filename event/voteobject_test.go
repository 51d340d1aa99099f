package event

import "testing"

// TestVoteObject checks that a deal or a treaty voted against is none
// made, and one voted on is still ahead, while the same noun signed is
// an event told as done.
func TestVoteObject(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          Factuality
	}{
		{"The pension fund will vote against the takeover of the brewer at Monday's meeting.", "takeover", Negated},
		{"Lakeside Bank, a large holder of Nordex shares, would vote against the proposed merger of the firm with a Dutch rival, its chairman said on Monday.", "merger", Negated},
		{"Senators voted on the border treaty late on Wednesday.", "treaty", Hypothetical},
		{"The two brewers completed the takeover on Wednesday.", "takeover", Asserted},
	} {
		m, ok := findMention(parsed(t, tc.text), tc.trigger)
		if !ok {
			t.Errorf("%q: no mention of %q", tc.text, tc.trigger)
			continue
		}
		if m.Factuality != tc.want {
			t.Errorf("%q %s: %s, want %s", tc.text, tc.trigger, m.Factuality, tc.want)
		}
	}
}
