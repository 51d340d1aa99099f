package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestObjectPlaces: a place within what a speech act is about is no
// location of the act ("condemned the attack on a school in Kursk"), but
// one of its own oblique is ("in Kursk, Lavrov condemned"); the title
// still names the object's place.
func TestObjectPlaces(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Lavrov on Monday condemned the attack on a school for orphans in Kursk.", "condemned", "agent=person:lavrov"},
		{"Lavrov on Monday welcomed the elections in Kyiv.", "welcomed", "agent=person:lavrov"},
		{"In Kursk, Lavrov condemned the attack on a school for orphans on Monday.", "condemned", "agent=person:lavrov location=place:kursk"},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
	checkHeadlines(t, []headlineCase{
		{"Lavrov on Monday condemned the attack on a school for orphans in Kursk.", "condemned", "Lavrov condemns attack on school in Kursk"},
	})
}

// TestObjectPlacesOblique: the place of the occasion a reporting verb's
// object names ("told a press conference … in Kursk") is the saying's
// (toldOccasion).
func TestObjectPlacesOblique(t *testing.T) {
	for _, tc := range []struct{ text, trigger, want string }{
		{"UN mission chief Lavrov told a press conference organized at the UN office in Kursk Thursday afternoon that his team would start negotiations.", "told", "place:kursk"},
	} {
		m := mentionOf(t, parsedWith(t, tc.text, append([]ent{{"UN mission", "org:un-mission", actor.Organization, false}}, testActors...)), tc.trigger)
		if m.Location != tc.want {
			t.Errorf("%q %s: location %q, want %q", tc.text, tc.trigger, m.Location, tc.want)
		}
	}
}
