package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestYieldVerbs: a curfew, a ban or a quarantine lifted is eased (081),
// and a side that backs down yields (080); a forecast lifted is no yield.
func TestYieldVerbs(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"The army lifted the night curfew in the port city on Monday.", "yield:lifted"},
		{"The ban on poultry imports was lifted by the ministry on Monday.", "yield:lifted"},
		{"The bank lifted its growth forecast for the region on Monday.", ""},
		{"Norland backed down on the parking fee on Monday.", "yield:backed down"},
		{"Analysts expected a fall of the index back down to 40 by June.", ""},
	} {
		ents := []ent{{"Norland", "country:NOR", actor.Country, false}}
		if g := foreground(Extract(parsedWith(t, c.text, ents))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
