package event

import "testing"

// TestMarketLevelVerbs: a market that went up or down, inched or traded
// higher, hovered at a level, moved in a range or breached a level moves
// (data/triggers.yaml, subject_only); the same verbs said of another
// subject are no move.
func TestMarketLevelVerbs(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          Type
	}{
		{"The Kospi index went up 12.5 points to 1,402.3 on Thursday.", "went up", MarketMovement},
		{"The Straits Times index went down 8.1 points on Friday.", "went down", MarketMovement},
		{"The euro inched up to the 140 yen level on Wednesday in London.", "inched", MarketMovement},
		{"The euro hovered at the upper 139 yen level on Tuesday in Frankfurt.", "hovered", MarketMovement},
		{"The peso moved in a narrow range against the dollar on Monday.", "moved", MarketMovement},
		{"The main share index breached the 2,000 points level on Thursday.", "breached", MarketMovement},
		{"Seoul stocks traded higher on Friday morning.", "traded", MarketMovement},
		{"A police helicopter hovered above the square on Tuesday.", "hovered", ""},
		{"The two candidates traded insults on Friday.", "traded", ""},
		{"The family moved in a hurry to a village near the border on Monday.", "moved", ""},
	} {
		if got := marketTyped(t, tc.text, tc.trigger); got != tc.want {
			t.Errorf("%q: %q typed %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestMarketWeakened: a currency or index that firmed or weakened by an
// amount moves (data/triggers.yaml, firm, weaken); a storm or a coalition
// that weakened, a firm named before its name, or a price that remains
// firm is no market move.
func TestMarketWeakened(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          Type
	}{
		{"The peso weakened 0.6 percent against the dollar on Monday.", "weakened", MarketMovement},
		{"The main share index weakened 14.2 points to 3,120.5 on Friday.", "weakened", MarketMovement},
		{"The storm weakened into a depression over the sea on Friday.", "weakened", ""},
		{"The ruling coalition weakened after two parties quit on Monday.", "weakened", ""},
		{"The main share index firmed 12.4 points to 3,050.2 on Tuesday.", "firmed", MarketMovement},
		{"Swiss pharmaceutical firm Zentrix is to build a 50 million dollar plant in the city.", "firm", ""},
		{"Copper prices would remain firm at 7,000 dollars a tonne next week, traders said.", "firm", ""},
	} {
		if got := marketTyped(t, tc.text, tc.trigger); got != tc.want {
			t.Errorf("%q: %q typed %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestCurrencyEndAndAverage: a currency that ended or finished at a level
// of another currency, and a rate that averaged a level up or down from
// the one before, move (data/triggers.yaml, end, finish, average); a
// player's average and talks that ended are no market move.
func TestCurrencyEndAndAverage(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          Type
	}{
		{"The currency ended at 1,184.20 won per U.S. dollar on Tuesday, down 3.10 won from the day before.", "ended", MarketMovement},
		{"The peso finished at 51.2 pesos to the dollar on Friday, down from 51.0.", "finished", MarketMovement},
		{"Rates on 15-year mortgages averaged 5.9 percent this week, up from 5.8 percent.", "averaged", MarketMovement},
		{"The striker, who averaged 20 points a game, scored 14 points.", "averaged", ""},
		{"The talks ended on Friday without a deal on the currency peg.", "ended", ""},
	} {
		if got := marketTyped(t, tc.text, tc.trigger); got != tc.want {
			t.Errorf("%q: %q typed %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestSharePriceUnits: a share that slid or gained by an amount of its
// currency moves (data/triggers.yaml, amounts); a crowd that grew by
// thousands is no market move.
func TestSharePriceUnits(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          Type
	}{
		{"Ardena Bank slid 200 won to 4,000 won on Friday.", "slid", MarketMovement},
		{"Velmont Bank shed 15 sen to 8.40 ringgit in the morning.", "shed", MarketMovement},
		{"The crowd grew by several thousand people on Friday.", "grew", ""},
	} {
		if got := marketTyped(t, tc.text, tc.trigger); got != tc.want {
			t.Errorf("%q: %q typed %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestMarketHigherAndHighs: a market told higher or lower with "be", and
// indexes that leapt to new highs, move (data/triggers.yaml, be higher, be
// lower, leap); a figure weighed against another with "than" and a leap
// into the air are no market move.
func TestMarketHigherAndHighs(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          Type
	}{
		{"Shares were higher on the Velna bourse on Thursday afternoon.", "were higher", MarketMovement},
		{"Copper prices were lower in London trade on Monday.", "were lower", MarketMovement},
		{"The rise in prices was higher than economists had expected.", "was higher", ""},
		{"Both key share indexes leapt to record highs on Monday.", "leapt", MarketMovement},
		{"The goalkeeper leapt high into the air on Sunday.", "leapt", ""},
	} {
		if got := marketTyped(t, tc.text, tc.trigger); got != tc.want {
			t.Errorf("%q: %q typed %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}
