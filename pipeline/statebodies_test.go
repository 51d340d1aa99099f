package pipeline

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestNonState checks which organizations affiliated with a country stand
// for it in the merge: state sectors and people do, a company or a party
// does not, and an organization of unknown sector does when its name has
// a state body's word.
func TestNonState(t *testing.T) {
	org := func(id, name, sector string) actor.Actor {
		return actor.Actor{ID: id, Name: name, Kind: actor.Organization, Affiliation: "country:ATL", Sector: sector}
	}
	got := nonState([]actor.Actor{
		org("org:atl-interior-ministry", "Interior Ministry", ""),
		org("org:atl-high-court", "High Court", ""),
		org("org:zenith-holdings", "Zenith Holdings", ""),
		org("org:blue-party", "Blue Party", "OPP"),
		org("org:orbit-motors", "Orbit Motors", "MNC"),
		org("agent:ATL:troops", "Atlantian troops", "MIL"),
		org("agent:ATL:people", "Atlantians", "PPL"),
		{ID: "person:ann-vale", Name: "Ann Vale", Kind: actor.Person, Affiliation: "country:ATL"},
	})
	want := map[string]bool{"org:zenith-holdings": true, "org:blue-party": true, "org:orbit-motors": true}
	if len(got) != len(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for id := range want {
		if !got[id] {
			t.Errorf("%s: not non-state; got %v", id, got)
		}
	}
}
