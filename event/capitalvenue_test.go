package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestCapitalVenue checks that a capital named before an event noun (a
// common noun or the capitalized word of a name, "the Oslo Accord"), which
// the actor mentions resolve to its state, is where the event took place,
// not a party to it, when the gazetteer knows it as a capital; two names
// joined before the noun stay parties.
func TestCapitalVenue(t *testing.T) {
	ents := append([]ent{{"Oslo", "country:NOR", actor.Country, false}, {"Norway", "country:NOR", actor.Country, false}}, testActors...)
	capital := func(name string) bool { return name == "Oslo" || name == "Moscow" }
	for _, tc := range []struct{ text, trigger, want string }{
		{"Delegates praised the Oslo accord on Monday.", "accord", "location=country:NOR"},
		{"The Oslo bombing killed nine people on Monday.", "bombing", "location=country:NOR"},
		{"Delegates signed the Oslo Accord on Monday.", "signed", "location=country:NOR"},
		{"The Moscow-Pyongyang treaty took effect on Monday.", "treaty", "agent=place:moscow counterpart=place:pyongyang"},
	} {
		in := parsedWith(t, tc.text, ents)
		in.Capital = capital
		if got := triggerRoles(in, tc.trigger); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
		in.Capital = nil
		if got := triggerRoles(in, tc.trigger); got == tc.want && strings.Contains(tc.want, "location=country:NOR") {
			t.Errorf("%q %s: roles %s without the gazetteer's capitals", tc.text, tc.trigger, got)
		}
	}
}
