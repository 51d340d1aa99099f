package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestVenueName: a capital or a place set before an event noun that is the
// object of a verb ("signed the Oslo accord") names where that event was
// held, no side of the verb's act; two names joined by a hyphen stay
// sides.
func TestVenueName(t *testing.T) {
	ents := append([]ent{{"Oslo", "country:NOR", actor.Country, false}, {"Norway", "country:NOR", actor.Country, false}}, testActors...)
	capital := func(name string) bool { return name == "Oslo" || name == "Moscow" }
	for _, tc := range []struct{ text, trigger, want string }{
		{"Turkey signed the Oslo accord on Monday.", "signed", "agent=country:TUR location=country:NOR"},
		{"Turkey signed an accord with Oslo on Monday.", "signed", "agent=country:TUR counterpart=country:NOR"},
		{"Lavrov praised the Oslo talks on Monday.", "praised", "agent=person:lavrov"},
	} {
		in := parsedWith(t, tc.text, ents)
		in.Capital = capital
		if got := triggerRoles(in, tc.trigger); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
