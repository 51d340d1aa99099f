package merge

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/event"
)

// marketStandIn reports whether, for a market movement it, one of mine
// and theirs (the agents of a mention and of an event of its one
// document) names only stock exchanges or market indices (Options.Markets)
// and the other only countries or places, each market's own country when
// it has one (ownPlaces): "Ardena shares closed 0.4 percent higher
// Tuesday" / "the Ardena Stock Exchange composite index closed up 2.41
// points" tell one session, the index measuring the market the lead
// names by its country or city. Such agents are no evidence then,
// neither shared nor told apart: the weak rules decide (a mention nearby,
// figures of its own: otherFigures). Two indices ("the Second Board
// Index" / "the Industrial Index") stay two, and so do an index and a
// company's shares ("Acme shares jumped") or an index of another country
// (the Hang Seng Index is no Singapore share). The country's or place's
// movement must be told in the document's lead (its first leadSentences
// sentences), the market the story is about, and the index's at most
// anaphoraWindow sentences after it: a roundup of a region's markets
// tells each under its own dateline ("HONG KONG -- stocks plunged ..." /
// "ARDENA -- share prices on the Ardena Stock Exchange ended higher").
func (c *cluster) marketStandIn(it *item, mine, theirs map[string]bool, opt Options) bool {
	if it.m.Type != event.MarketMovement {
		return false
	}
	near := func(lead, other int) bool {
		return lead < leadSentences && other >= lead && other-lead <= anaphoraWindow
	}
	sents := c.sents[it.m.Doc]
	if onlyMarkets(mine, opt) && onlyPlaces(theirs) && ownPlaces(mine, theirs, opt) {
		return slices.ContainsFunc(sents, func(s int) bool { return near(s, it.m.Sentence) })
	}
	return onlyMarkets(theirs, opt) && onlyPlaces(mine) && ownPlaces(theirs, mine, opt) &&
		slices.ContainsFunc(sents, func(s int) bool { return near(it.m.Sentence, s) })
}

// sessionIndex reports whether it and c, market movements of one
// document, are a whole market's session (wholeMarket: "Ardenian stocks
// eased on Wednesday", told in the lead, its first leadSentences
// sentences) and the movements of its indices told at most
// anaphoraWindow sentences after it: movements with no agent and no
// figure in units of a share's price ("the composite index fell 0.62
// percent", not "Acme fell to 41.20 euros": priced) and ones whose agents are only
// exchanges or indices of the session's own country (Options.Markets,
// ownPlaces: "the Ardena Stock Exchange blue-chip index eased 0.71
// percent"). The indices of one session measure one happening, each in
// its own figures: their figures tell no movement apart (otherFigures).
// Two indices named as agents stay two (rule 3: no agent shared), and so
// do a session and a company's shares (shareApart).
func (c *cluster) sessionIndex(it *item, opt Options) bool {
	if it.m.Type != event.MarketMovement || len(c.docs) != 1 || !c.docs[it.m.Doc] {
		return false
	}
	lead := -1
	var places map[string]bool
	indexed := false
	for _, o := range append(slices.Clip(c.items), it) {
		switch {
		case wholeMarket(o) && o.m.Sentence < leadSentences:
			if lead < 0 || o.m.Sentence < lead {
				lead = o.m.Sentence
			}
			if places == nil {
				places = map[string]bool{}
			}
			for _, p := range o.m.Participants {
				if p.Role == event.Location {
					places[p.ActorID] = true
				}
			}
		case len(o.agents) == 0:
			if priced(o) {
				return false // a share of the session's roundup ("Acme fell to 41.20 euros")
			}
		case onlyMarkets(o.core[0], opt):
			indexed = true
		default:
			return false
		}
	}
	if lead < 0 || !indexed {
		return false
	}
	for _, o := range append(slices.Clip(c.items), it) {
		if o.m.Sentence < lead || o.m.Sentence-lead > anaphoraWindow {
			return false
		}
		if len(o.agents) > 0 && !ownPlaces(o.core[0], places, opt) {
			return false
		}
	}
	return true
}

// ownPlaces reports whether every place of places is the country of each
// market of markets affiliated with one, or lies inside it: the
// Philippine Stock Exchange's index is the Philippine market's, never
// Singapore's. A market of no known country may be any place's.
func ownPlaces(markets, places map[string]bool, opt Options) bool {
	for m := range markets {
		home := opt.Affiliation[m]
		if home == "" {
			continue
		}
		for p := range places {
			if p != home && !inside(p, home, opt.Affiliation) {
				return false
			}
		}
	}
	return true
}

// onlyMarkets reports whether ids is not empty and every actor of it is
// an unaffiliated exchange or index (Options.Markets).
func onlyMarkets(ids map[string]bool, opt Options) bool {
	for id := range ids {
		if !opt.Markets[id] {
			return false
		}
	}
	return len(ids) > 0
}

// onlyPlaces reports whether ids is not empty and every actor of it is a
// country or a place.
func onlyPlaces(ids map[string]bool) bool {
	for id := range ids {
		if !strings.HasPrefix(id, "country:") && !strings.HasPrefix(id, "place:") {
			return false
		}
	}
	return len(ids) > 0
}

// otherInstrument reports whether it and a mention of c are market
// movements, or economic reports, of different instruments (event.Mention.Instrument, both
// known): "the Dow climbed 28 points" / "Acme lost 34 cents", "the index
// rose" / "volume rose", "crude closed up 48 cents" / "crude oil
// inventories rose" are two movements, however near they are told. The
// indices and the shares of one session are one instrument, the stock
// market ("stocks"), so a session and its indices still join (sessionIndex).
func (c *cluster) otherInstrument(it *item) bool {
	if it.m.Type == event.EconomicReport {
		// a statistic's release is apart from another statistic's and
		// from a company's results or a forecast, which have none
		// ("consumer prices fell 0.5 percent in October" / "the economy
		// grew 1.6 percent in the third quarter" / "the agency lowered its
		// forecast"; event.Mention.Moves)
		return slices.ContainsFunc(c.items, func(o *item) bool {
			return o.m.Type == event.EconomicReport && o.m.Instrument != it.m.Instrument
		})
	}
	if it.m.Type != event.MarketMovement || it.m.Instrument == "" {
		return false
	}
	return slices.ContainsFunc(c.items, func(o *item) bool {
		return o.m.Type == event.MarketMovement && o.m.Instrument != "" && o.m.Instrument != it.m.Instrument
	})
}

// otherDirection reports whether it, a market movement told as a rise or
// a fall (event.Mention.Direction), goes the other way than a movement c
// holds: a roundup's "the SET index was up 0.05 point" and "the blue-chip
// index closed 0.1 percent lower" are two markets' moves, whatever place
// or sentence they share. A movement whose words tell no direction
// ("closed mixed", "the index stood at 1,200") may join either, and so
// may a rate's join a rate's (inverseInstrument).
func (c *cluster) otherDirection(it *item) bool {
	if it.m.Type != event.MarketMovement || it.m.Direction == 0 {
		return false
	}
	return slices.ContainsFunc(c.items, func(o *item) bool {
		inverse := it.m.Instrument == inverseInstrument && o.m.Instrument == inverseInstrument
		return o.m.Type == event.MarketMovement && o.m.Direction == -it.m.Direction && !inverse
	})
}

// inverseInstrument is the instrument class (market_instruments in
// event/data/triggers.yaml) whose figures move against the prices of
// what they measure: a bond's yield rises as its price falls ("bond prices
// weakened" / "the yield on the 10-year bond rose"), so the directions of
// two movements of this class tell none apart (otherDirection).
const inverseInstrument = "rate"
