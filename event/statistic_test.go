package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestStatisticReport: a move of an economic statistic dated to a month, a
// quarter or a year is an economic report; a market's or a share's move,
// a statistic's move of a day, and a traded index are market movements.
func TestStatisticReport(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, when, value string
		want                       Type
	}{
		{"Ardenian consumer prices fell 0.4 percent in October, the statistics office said.", "fell", "October", "2024-10", EconomicReport},
		{"British retail sales rose by 0.3 percent in November compared with the previous month.", "rose", "November", "2024-11", EconomicReport},
		{"US industrial output expanded by 0.7 percent in November.", "expanded", "November", "2024-11", EconomicReport},
		{"China's consumer price index, the key inflation indicator, rose by 1.4 percent year-on-year in October.", "rose", "October", "2024-10", EconomicReport},
		{"The core inflation at the wholesale level dropped by 0.9 percent in October.", "dropped", "October", "2024-10", EconomicReport},
		{"Ruritania's gross domestic product (GDP) grew by 1.4 percent in 2023.", "grew", "2023", "2023", EconomicReport},
		{"The Ardenian economy grew at an annual rate of 2.1 percent in 2023.", "grew", "2023", "2023", EconomicReport},
		{"Ruritania's trade surplus in March was down 12.5 percent from a year earlier.", "was down", "March", "2024-03", EconomicReport},
		{"Ardenian consumer prices fell 0.4 percent on Monday.", "fell", "Monday", "2024-06-17", MarketMovement},
		{"Oil prices fell 2 percent in October on supply fears.", "fell", "October", "2024-10", MarketMovement},
		{"The Dow Jones industrial average fell 1.2 percent in October.", "fell", "October", "2024-10", MarketMovement},
		{"Ardenian share prices rose 2.4 percent in March.", "rose", "March", "2024-03", MarketMovement},
	} {
		var got Type
		for _, m := range Extract(parsed(t, tc.text, tx{tc.when, timex.Date, tc.value, true})) {
			if m.Trigger == tc.trigger {
				got = m.Type
				t.Logf("%q: %s %q %v", tc.text, m.Type, m.Instrument, m.Time)
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q typed %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}
