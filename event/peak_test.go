package event

import "testing"

// TestMarketPeak: a market or a currency that hits or reaches a high or a
// low, or holds steady, moves (data/triggers.yaml, subject_only); a
// subject with no market word is no move, and a light verb it leaves
// gives its noun event ("reached agreement on high-level visits").
func TestMarketPeak(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          Type
	}{
		{"The peso hit a three-month low against the dollar on Tuesday.", "hit", MarketMovement},
		{"The euro held steady against the yen on currency markets Friday.", "held", MarketMovement},
		{"The Kospi index reached a record high on Wednesday.", "reached", MarketMovement},
		{"The death toll from the floods hit a new high of 300 on Monday.", "hit", ""},
		{"The minister said he held a firm belief that the plan would work.", "held", ""}, // a person's belief
		{"The two foreign ministers reached agreement on high-level visits on Sunday.", "agreement", Agreement},
	} {
		if got := marketTyped(t, tc.text, tc.trigger); got != tc.want {
			t.Errorf("%q: %q typed %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// marketTyped returns the type of the mention of trigger in text, parsed
// as the lead of a two-sentence market report; "" for none.
func marketTyped(t *testing.T, text, trigger string) Type {
	t.Helper()
	var got Type
	for _, m := range Extract(parsed(t, text+" Traders were cautious.")) {
		if m.Trigger == trigger {
			got = m.Type
		}
	}
	return got
}
