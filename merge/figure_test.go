package merge

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestFiguredNotSalient checks that an anonymous market movement stating
// figures of its own ("the 10-year yield rose to 4.44 percent from 4.42
// percent") is no vague reference to its article's most reported
// movement of the day, while one stating none ("bank shares rose") is.
func TestFiguredNotSalient(t *testing.T) {
	o := guardOpts()
	o.KeepAnonymous = true
	lead := mention("a", 1, event.MarketMovement, "2025-03-21", "org:exchange")
	told := func(quote, trigger string) event.Mention {
		m := mention("a", 9, event.MarketMovement, "", "")
		m.Quote, m.QuoteStart = quote, 900
		m.Start = m.QuoteStart + strings.Index(quote, trigger)
		m.End, m.Trigger = m.Start+len(trigger), trigger
		return m
	}
	tests := []mergeCase{
		{
			"figures of its own: a movement of its own",
			[]event.Mention{lead, told("The 10-year yield rose to 4.44 percent from 4.42 percent.", "rose")},
			[]string{"2025-03-21 market_movement a", "2025-03-21 market_movement a"},
		},
		{
			"no figures: the day's movement",
			[]event.Mention{lead, told("Bank shares rose on hopes of a rate cut.", "rose")},
			[]string{"2025-03-21 market_movement a"},
		},
		{
			"figures of another clause are not its own",
			[]event.Mention{lead, told("Bank shares rose while the yield fell to 4.42 percent.", "rose")},
			[]string{"2025-03-21 market_movement a"},
		},
	}
	checkMerges(t, o, tests)
}

// TestFigures checks the numbers a market movement states after its
// trigger, up to the next clause.
func TestFigures(t *testing.T) {
	for _, c := range []struct {
		quote, trigger string
		want           []string
	}{
		{"The yield rose to 4.440 percent from 4,425.5 points.", "rose", []string{"4.440", "4425.5"}},
		{"The yield rose sharply, while the Dow fell 65 points.", "rose", nil},
		{"Shares closed higher.", "closed", nil},
	} {
		m := event.Mention{Type: event.MarketMovement, Quote: c.quote}
		m.End = strings.Index(c.quote, c.trigger) + len(c.trigger)
		got := figures(&m)
		if len(got) != len(c.want) {
			t.Errorf("%q: figures %v, want %v", c.quote, got, c.want)
			continue
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: figures %v, want %v", c.quote, got, c.want)
			}
		}
	}
}
