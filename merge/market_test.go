package merge

import (
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
