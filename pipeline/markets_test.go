package pipeline

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestMarkets checks which organizations are unaffiliated stock exchanges
// or market indices (merge.Options.Markets): a name with a market word,
// of no country or of a country, is one, and so is one with such a word in
// an alias ("Zenith 300" alias "Zenith Stock Average"); a company, one affiliated with
// another actor than a country, and a person are not.
func TestMarkets(t *testing.T) {
	org := func(id, name, affil string) actor.Actor {
		return actor.Actor{ID: id, Name: name, Kind: actor.Organization, Affiliation: affil}
	}
	got := markets([]actor.Actor{
		org("org:port-vale-stock-exchange", "Port Vale Stock Exchange", ""),
		org("org:main-composite-index", "Main Composite Index", ""),
		org("org:zenith-stock-average", "Zenith Stock Average", ""),
		org("org:atl-stock-exchange", "Atlantian Stock Exchange", "country:ATL"),
		{ID: "org:zenith-300", Name: "Zenith 300", Kind: actor.Organization, Aliases: []string{"Zenith Stock Average"}},
		org("org:orbit-motors", "Orbit Motors", ""),
		org("org:fund-index-unit", "Index Unit", "org:fund"),
		{ID: "person:ann-index", Name: "Ann Index", Kind: actor.Person},
	})
	want := map[string]bool{"org:port-vale-stock-exchange": true, "org:main-composite-index": true, "org:zenith-stock-average": true, "org:atl-stock-exchange": true, "org:zenith-300": true}
	if len(got) != len(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for id := range want {
		if !got[id] {
			t.Errorf("%s: no market; got %v", id, got)
		}
	}
}
