package merge

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestShareApart checks that a whole market's move (no agent, told at the
// market's place) and one share's move stating a price stay two events,
// while the market's lead and its index's move stating points are one.
func TestShareApart(t *testing.T) {
	o := guardOpts()
	o.KeepAnonymous = true
	told := func(sent int, quote, trigger, agent, place string) event.Mention {
		m := mention("a", sent, event.MarketMovement, "2025-03-21", agent)
		if place != "" {
			m.Participants = append(m.Participants, event.Participant{ActorID: place, Role: event.Location})
			m.Location = place
		}
		m.Quote, m.QuoteStart = quote, sent*100
		m.Start = m.QuoteStart + strings.Index(quote, trigger)
		m.End, m.Trigger = m.Start+len(trigger), trigger
		return m
	}
	lead := told(1, "Ruritanian stocks closed lower on Friday.", "closed", "", "country:RUR")
	tests := []mergeCase{
		{
			"the market and one of its shares, two",
			[]event.Mention{lead, told(3, "Acme Mining slid 14 cents to 31.20 crowns.", "slid", "org:acme", "")},
			[]string{"2025-03-21 market_movement a", "2025-03-21 market_movement a"},
		},
		{
			"the market and one share in euros and percent, two",
			[]event.Mention{lead, told(3, "Acme Mining lost 1.7 percent to 41.60 euros.", "lost", "org:acme", "")},
			[]string{"2025-03-21 market_movement a", "2025-03-21 market_movement a"},
		},
		{
			"the market and its index, one",
			[]event.Mention{lead, told(2, "The main index lost 14.5 points to 980.2.", "lost", "org:main-index", "")},
			[]string{"2025-03-21 market_movement a"},
		},
	}
	checkMerges(t, o, tests)
}
