package event

import "testing"

// TestVoteObject checks that a deal or a treaty voted against is none
// made, and one voted on is still ahead, while the same noun signed is
// an event told as done.
func TestVoteObject(t *testing.T) {
	checkFactuality(t, []factualityCase{
		{"The pension fund will vote against the takeover of the brewer at Monday's meeting.", "takeover", Negated},
		{"Lakeside Bank, a large holder of Nordex shares, would vote against the proposed merger of the firm with a Dutch rival, its chairman said on Monday.", "merger", Negated},
		{"Senators voted on the border treaty late on Wednesday.", "treaty", Hypothetical},
		{"The two brewers completed the takeover on Wednesday.", "takeover", Asserted},
	})
}
