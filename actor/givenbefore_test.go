package actor

import "testing"

// TestGivenNamesBefore: capitalized words before a known given name are
// given names of the person too when the finder names the whole run a
// person and they are no words WordNet knows, nor written in lower case
// (givenNamesBefore); else the name starts at the given name, and an
// honorific before it is a title.
func TestGivenNamesBefore(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tc := range []struct {
		name, marked string
		text         string // the person's mention
	}{
		{"unknown given name first", "[Zorik Ahmed Belal|P] told reporters on Monday.", "Zorik Ahmed Belal"},
		{"after a title", "Acting President [Zorik Ahmed Belal|P] told reporters on Monday.", "Zorik Ahmed Belal"},
		{"finder names the given name on", "Treasury [Robert Kellan|P] told reporters on Monday.", "Robert Kellan"},
		{"finder silent", "Zorik Ahmed Belal told reporters on Monday.", "Ahmed Belal"},
		{"common word", "[Treasury Robert Kellan|P] told reporters on Monday.", "Robert Kellan"},
		{"person noun", "[Doctor Robert Kellan|P] told reporters on Monday.", "Robert Kellan"},
		{"honorific", "Party leader [Sayyed Ahmed Belal|P] told reporters on Monday.", "Ahmed Belal"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			found := false
			for _, m := range markedMentions(g, tc.marked) {
				if m.Kind == Person {
					found = found || m.Text == tc.text
					if m.Text != tc.text {
						t.Errorf("%q: person %q, want %q", tc.marked, m.Text, tc.text)
					}
				}
			}
			if !found {
				t.Errorf("%q: no person %q", tc.marked, tc.text)
			}
		})
	}
}
