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

// TestOtherFigures checks that two market movements of one roundup
// stating different figures of one unit stay two, and so do two sport
// results stating different scores, while a movement or result told again
// with one of its figures, or a movement with figures of another unit
// only, is one.
func TestOtherFigures(t *testing.T) {
	o := guardOpts()
	o.KeepAnonymous = true
	told := func(sent int, quote, trigger string) event.Mention {
		m := mention("a", sent, event.MarketMovement, "2025-03-21", "")
		m.Quote, m.QuoteStart = quote, sent*100
		m.Start = m.QuoteStart + strings.Index(quote, trigger)
		m.End, m.Trigger = m.Start+len(trigger), trigger
		return m
	}
	sport := func(sent int, quote, trigger string) event.Mention {
		m := told(sent, quote, trigger)
		m.Type = event.SportResult
		return m
	}
	tests := []mergeCase{
		{
			"two shares, two movements",
			[]event.Mention{
				told(1, "Acme Mining jumped 40 cents to 12.10 dollars.", "jumped"),
				told(2, "Beta Bank slipped 15 cents to 30.05 dollars.", "slipped"),
			},
			[]string{"2025-03-21 market_movement a", "2025-03-21 market_movement a"},
		},
		{
			"one share told twice",
			[]event.Mention{
				told(1, "Acme Mining jumped 3.5 percent to 12.10 dollars.", "jumped"),
				told(2, "Among miners, Acme Mining rose 3.5 percent on the news.", "rose"),
			},
			[]string{"2025-03-21 market_movement a"},
		},
		{
			"two results of one roundup, two",
			[]event.Mention{
				sport(1, "The Rovers beat the Wanderers 3-1 on Saturday.", "beat"),
				sport(2, "Later the Harriers defeated the Athletic 2-0 at home.", "defeated"),
			},
			[]string{"2025-03-21 sport_result a", "2025-03-21 sport_result a"},
		},
		{
			"one result told twice, one",
			[]event.Mention{
				sport(1, "The Rovers beat the Wanderers 3-1 on Saturday.", "beat"),
				sport(2, "The win came 3-1 after a late goal.", "win"),
			},
			[]string{"2025-03-21 sport_result a"},
		},
		{
			"percent and points of one index",
			[]event.Mention{
				told(1, "Shares fell 1.2 percent on the exchange.", "fell"),
				told(2, "The main index lost 14.5 points to finish at 980.2.", "lost"),
			},
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
		sport          bool
	}{
		{"The yield rose to 5.130 percent from 3,980.5 points.", "rose", []string{"5.130 percent", "3980.5 points"}, false},
		{"The index gained 2% to 310 at the close.", "gained", []string{"2 percent", "310 "}, false},
		{"Acme lost 25 cents to 3.10 dollars, Beta Bank dipped 17 cents.", "lost", []string{"25 cents", "3.10 dollars"}, false},
		{"The Rovers beat the Wanderers 3-1 in the final, and the Harriers lost.", "beat", []string{"3-1 "}, true},
		{"She took silver in 61.20m at the meet.", "took", []string{"61.20m "}, true},
		{"The yield rose sharply, while the Dow fell 65 points.", "rose", nil, false},
		{"Shares closed higher.", "closed", nil, false},
	} {
		m := event.Mention{Type: event.MarketMovement, Quote: c.quote}
		if c.sport {
			m.Type = event.SportResult
		}
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
