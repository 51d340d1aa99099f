package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestNonStateAgents checks Options.NonState: a company affiliated with a
// country is no agent of that country's own events (a bank's quarterly
// results are not the country's consumer prices), while a ministry of
// the country still stands for it.
func TestNonStateAgents(t *testing.T) {
	o := opts()
	o.Affiliation = map[string]string{"org:acme-bank": "country:ATL", "org:atl-finance-ministry": "country:ATL"}
	o.NonState = map[string]bool{"org:acme-bank": true}
	move := func(doc string, sent int, agent string) event.Mention {
		return mention(doc, sent, event.MarketMovement, "2025-03", agent)
	}
	checkMerges(t, o, []mergeCase{
		{"a company's results and its country's prices", []event.Mention{
			move("a", 0, "org:acme-bank"), move("b", 0, "country:ATL"),
		}, []string{"2025-03 market_movement a", "2025-03 market_movement b"}},
		{"a ministry's figure and its country's", []event.Mention{
			move("a", 0, "org:atl-finance-ministry"), move("b", 0, "country:ATL"),
		}, []string{"2025-03 market_movement a,b"}},
	})
}
