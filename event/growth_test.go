package event

import "testing"

// TestGrowthRegistered checks that growth registered, recorded or posted
// is the economy's move, and no growth registered is none.
func TestGrowthRegistered(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          bool
	}{
		{"Peru registered 6.1 percent GDP growth in the first half of 2005.", "registered", true},
		{"Zambia recorded a negative growth rate of 2.4 percent last year.", "recorded", true},
		{"Lima posted strong growth in trade with Asia in 2005.", "posted", true},
		{"Peru's economy registered no growth in the third quarter.", "registered", false},
		{"The clerk registered the new company in May.", "registered", false},
	} {
		var got *Mention
		for _, m := range Extract(parsed(t, tc.text)) {
			if m.Trigger == tc.trigger {
				got = &m
			}
		}
		if (got != nil && got.Type == MarketMovement) != tc.want {
			t.Errorf("%q: %s gives %+v, want a market move %v", tc.text, tc.trigger, got, tc.want)
		}
	}
}
