package pipeline

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestKinOf checks that an unaffiliated generic agent is of its sector's
// class, and that a group of no country whose name ends with such an
// agent's name is of that agent's class; a country's group or agent, a
// person, or a group whose name ends otherwise, is of none.
func TestKinOf(t *testing.T) {
	kin := kinOf([]actor.Actor{
		{ID: "agent:-:rebels", Name: "rebels", Kind: actor.Organization, Sector: "REB"},
		{ID: "agent:-:armed-men", Name: "armed men", Kind: actor.Organization, Sector: "UAF"},
		{ID: "org:vellish-rebels", Name: "Vellish Rebels", Kind: actor.Organization},
		{ID: "org:osk-armed-men", Name: "Osk armed men", Kind: actor.Organization},
		{ID: "org:ardenian-rebels", Name: "Ardenian rebels", Kind: actor.Organization, Affiliation: "country:ARD"},
		{ID: "org:rebels-front", Name: "Rebels Front", Kind: actor.Organization},
		{ID: "person:tom-rebels", Name: "Tom Rebels", Kind: actor.Person},
		{ID: "agent:ARD:rebels", Name: "Ardenian rebels", Kind: actor.Organization},
	})
	for id, want := range map[string]string{
		"agent:-:rebels":      "REB",
		"agent:-:armed-men":   "UAF",
		"org:vellish-rebels":  "REB",
		"org:osk-armed-men":   "UAF",
		"org:ardenian-rebels": "",
		"org:rebels-front":    "",
		"person:tom-rebels":   "", // a person is no group
		"agent:ARD:rebels":    "", // a country's agent is that country's
	} {
		if got := kin[id]; got != want {
			t.Errorf("kinOf[%s] = %q, want %q", id, got, want)
		}
	}
}
