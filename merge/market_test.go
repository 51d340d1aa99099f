package merge

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestMarketStandIn checks that, within one document, a market index or
// exchange affiliated with no country (Options.Markets) told at most
// anaphoraWindow sentences after a lead naming its market by a country
// is that market's session told again, while an index told far below, a
// country's market told outside the lead, a company's shares and two
// indices stay apart.
func TestMarketStandIn(t *testing.T) {
	o := guardOpts()
	o.Markets = map[string]bool{"org:main-index": true, "org:second-index": true, "org:rus-index": true}
	o.Affiliation["org:rus-index"] = "country:RUS"
	move := func(sent int, agent string) event.Mention {
		return mention("a", sent, event.MarketMovement, "2025-03-21", agent)
	}
	one := []string{"2025-03-21 market_movement a"}
	two := []string{"2025-03-21 market_movement a", "2025-03-21 market_movement a"}
	tests := []mergeCase{
		{"the lead's country and the index below it: one session", []event.Mention{move(0, "country:UKR"), move(1, "org:main-index")}, one},
		{"the index first in the visit order: one session", []event.Mention{move(2, "org:main-index"), move(0, "country:UKR")}, one},
		{"the index far below the lead: two", []event.Mention{move(0, "country:UKR"), move(9, "org:main-index")}, two},
		{"the country outside the lead: two", []event.Mention{move(5, "country:UKR"), move(6, "org:main-index")}, two},
		{"a company's shares are no market index: two", []event.Mention{move(0, "country:UKR"), move(1, "org:acme")}, two},
		{"the index of the lead's country: one session", []event.Mention{move(0, "country:RUS"), move(1, "org:rus-index")}, one},
		{"the index of another country: two", []event.Mention{move(0, "country:UKR"), move(1, "org:rus-index")}, two},
		{"two indices: two", []event.Mention{move(0, "org:second-index"), move(1, "org:main-index")}, two},
	}
	checkMerges(t, o, tests)
}

// TestSessionIndex checks that a whole market's session told in the lead
// and its index told with figures of its own at most anaphoraWindow
// sentences below are one movement (sessionIndex), while an index far
// below, a company's shares stating a price (even with no agent) and a
// second index named as an agent stay apart.
func TestSessionIndex(t *testing.T) {
	o := guardOpts()
	o.Markets = map[string]bool{"org:main-index": true, "org:second-index": true}
	told := func(sent int, quote, trigger, agent string) event.Mention {
		m := mention("a", sent, event.MarketMovement, "2025-03-21", agent)
		m.Quote, m.QuoteStart = quote, sent*100
		m.Start = m.QuoteStart + strings.Index(quote, trigger)
		m.End, m.Trigger = m.Start+len(trigger), trigger
		return m
	}
	lead := told(0, "Ruritanian shares eased on Friday as traders sold banks.", "eased", "")
	lead.Participants = append(lead.Participants, event.Participant{ActorID: "country:UKR", Role: event.Location})
	figured := told(1, "The composite index fell 0.62 percent to 2,870.40 points.", "fell", "")
	index := func(sent int) event.Mention {
		return told(sent, "The blue-chip index eased 0.71 percent to 1,210.5 points.", "eased", "org:main-index")
	}
	second := told(3, "The mid-cap index rose 0.12 percent to 880.1 points.", "rose", "org:second-index")
	share := told(3, "Acme fell 3.1 percent to 41.20 dollars.", "fell", "")
	one := []string{"2025-03-21 market_movement a"}
	two := []string{"2025-03-21 market_movement a", "2025-03-21 market_movement a"}
	tests := []mergeCase{
		{"the session, its figures and its index's: one", []event.Mention{lead, figured, index(2)}, one},
		{"the index far below the lead: two", []event.Mention{lead, figured, index(6)}, two},
		{"a share's price with no agent: two", []event.Mention{lead, index(2), share}, two},
		{"a second index named as agent: two", []event.Mention{lead, index(2), second}, two},
	}
	checkMerges(t, o, tests)
}

// TestOtherInstrument checks that market movements of one document told
// near each other join only when they move the same instrument (or one of
// them tells none), and that a publication-dated movement of a thing
// traded in the day's session naming no actor stays on the timeline,
// while one of an economic measure is dropped as anonymous.
func TestOtherInstrument(t *testing.T) {
	o := guardOpts()
	move := func(sent int, value, instrument string) event.Mention {
		m := mention("a", sent, event.MarketMovement, value, "")
		m.Instrument = instrument
		return m
	}
	one := []string{"2025-03-21 market_movement a"}
	two := []string{"2025-03-21 market_movement a", "2025-03-21 market_movement a"}
	tests := []mergeCase{
		{"the index and the index again: one", []event.Mention{move(0, "2025-03-21", "stocks"), move(1, "", "stocks")}, one},
		{"the index and the dollar: two", []event.Mention{move(0, "2025-03-21", "stocks"), move(1, "", "currency")}, two},
		{"the index and a share: two", []event.Mention{move(0, "2025-03-21", "stocks"), move(1, "", "share:acme")}, two},
		{"the index and a move of no known thing: one", []event.Mention{move(0, "2025-03-21", "stocks"), move(1, "", "")}, one},
		{"a share alone, dated by the publication: kept", []event.Mention{move(3, "", "share:acme")}, one},
		{"a measure alone, dated by the publication: dropped", []event.Mention{move(3, "", "measure:sale")}, nil},
	}
	checkMerges(t, o, tests)
}

// TestOtherDirection checks that market movements of one document told
// near each other join only when they go the same way (or one of them
// tells no way), and that two rates' movements join whatever way each
// goes (a yield rises as its bond falls: inverseInstrument).
func TestOtherDirection(t *testing.T) {
	o := guardOpts()
	move := func(sent int, value string, dir int, instrument string) event.Mention {
		m := mention("a", sent, event.MarketMovement, value, "")
		m.Direction, m.Instrument = dir, instrument
		return m
	}
	up, down := event.DirectionUp, event.DirectionDown
	one := []string{"2025-03-21 market_movement a"}
	two := []string{"2025-03-21 market_movement a", "2025-03-21 market_movement a"}
	tests := []mergeCase{
		{"a rise told twice: one", []event.Mention{move(0, "2025-03-21", up, ""), move(1, "2025-03-21", up, "")}, one},
		{"a rise and a fall: two", []event.Mention{move(0, "2025-03-21", up, ""), move(1, "2025-03-21", down, "")}, two},
		{"a rise and a close told no way: one", []event.Mention{move(0, "2025-03-21", up, ""), move(1, "2025-03-21", 0, "")}, one},
		{"a bond's fall and its yield's rise: one", []event.Mention{move(0, "2025-03-21", down, "rate"), move(1, "2025-03-21", up, "rate")}, one},
		{"a share's rise and a bond's fall: two", []event.Mention{move(0, "2025-03-21", up, ""), move(1, "2025-03-21", down, "rate")}, two},
	}
	checkMerges(t, o, tests)
}
