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
// (toldOccasion), and so is a place after "in" that the parse makes the
// verb's object ("said in Kursk": markedObject).
func TestObjectPlacesOblique(t *testing.T) {
	for _, tc := range []struct{ text, trigger, want string }{
		{"Lavrov said in Kursk on Monday that the talks would go on.", "said", "place:kursk"},
		{"UN mission chief Lavrov told a news conference arranged at the relief agency's office in Kursk Thursday afternoon that his staff would begin work.", "told", "place:kursk"},
	} {
		m := mentionOf(t, parsedWith(t, tc.text, append([]ent{{"UN mission", "org:un-mission", actor.Organization, false}}, testActors...)), tc.trigger)
		if m.Location != tc.want {
			t.Errorf("%q %s: location %q, want %q", tc.text, tc.trigger, m.Location, tc.want)
		}
	}
}

// TestStatementSaidPlaces: a named speaker's statement built from its
// reporting verb (itemMention) keeps no place that lies within what is
// said ("said the meeting in Kursk was a success").
func TestStatementSaidPlaces(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Lavrov on Monday said the meeting in Kursk was a success.", ""},
	} {
		m := mentionOf(t, parsed(t, tc.text), "said")
		if m.Type != Statement || m.Location != tc.want {
			t.Errorf("%q: %s located %q, want a statement located %q", tc.text, m.Type, m.Location, tc.want)
		}
	}
}
