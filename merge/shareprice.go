package merge

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/event"
)

// wholeMarket reports whether it is a market movement of a whole market:
// no agent, told at the place the market trades ("the Ruritanian stock
// market closed lower": event/tradedplace.go; "in Velmora, shares closed
// lower").
func wholeMarket(it *item) bool {
	return it.m.Type == event.MarketMovement && len(it.agents) == 0 &&
		slices.ContainsFunc(it.m.Participants, func(p event.Participant) bool { return p.Role == event.Location })
}

// shareMove reports whether it is a market movement of one share: an
// agent and a figure in units of a price ("Acme slid 14 cents to 31.20
// dollars", "Acme lost 1.7 percent to 41.60 euros").
func shareMove(it *item) bool {
	return it.m.Type == event.MarketMovement && len(it.agents) > 0 && priced(it)
}

// priced reports whether it states a figure in units of a share's price
// ("to 31.20 dollars").
func priced(it *item) bool {
	for f := range it.figs {
		if event.PriceUnit(f[strings.LastIndexByte(f, ' ')+1:]) {
			return true
		}
	}
	return false
}

// shareApart reports whether it and c tell a whole market's move and one
// share's move of its roundup, two movements whatever else they share:
// the market's lead is no retelling of the share told two sentences
// below it.
func (c *cluster) shareApart(it *item) bool {
	switch {
	case wholeMarket(it):
		return slices.ContainsFunc(c.items, shareMove)
	case shareMove(it):
		return slices.ContainsFunc(c.items, wholeMarket)
	}
	return false
}

// locations returns the sorted ids of it's locations.
func locations(it *item) []string {
	var out []string
	for _, p := range it.m.Participants {
		if p.Role == event.Location {
			out = append(out, p.ActorID)
		}
	}
	slices.Sort(out)
	return out
}
