package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestReleaseExchange: the ones a release frees are its target, and what
// is given back for it ("in exchange for", "in return for") names no
// party of it.
func TestReleaseExchange(t *testing.T) {
	ents := []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Norlandic", "country:NOR", actor.Country, false},
		{"Ostrian", "country:OST", actor.Country, false},
		{"Red Front", "org:red-front", actor.Organization, false},
	}
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"The Red Front freed 12 Norlandic sailors in exchange for 40 Ostrian fighters on Sunday.", "freed", "agent=org:red-front target=country:NOR"},
		{"Norland released 40 Ostrian fighters in return for 12 sailors held by the Red Front.", "released", "agent=country:NOR target=country:OST"},
	} {
		got := triggerRoles(parsedWith(t, tc.text, ents), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
