package event

import "testing"

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
