package actor

import "testing"

// TestNameBeforeState checks nameBeforeState on made-up sentences: a
// region word or a capitalized direction before a state's name makes one
// place of the state (with a place suffix after it, that place); a
// capitalized word the name finder names with the state's name makes one
// organization; a creed, a person noun or a word the finder leaves out
// keeps the state. Names the finder finds are marked [Name|K].
func TestNameBeforeState(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tc := range []struct {
		name, marked string
		text         string // the mention that must be there
		kind         Kind
		location     bool
	}{
		{"region word as a possessor", "Inner Hungary's farms lost 3,000 birds on Monday.", "Inner Hungary", Place, true},
		{"region word as a subject", "Inner Hungary reported a new outbreak on Monday.", "Inner Hungary", Place, true},
		{"capitalized direction", "Floods hit Southwest Hungary on Monday.", "Southwest Hungary", Place, true},
		{"direction and a place suffix", "Boats clashed in the East Hungary Sea on Monday.", "East Hungary Sea", Place, true},
		{"company named by the finder", "[Telekom Hungary|L] raised its prices on Monday.", "Telekom Hungary", Organization, false},
		{"airline named by the finder", "Officials of [Air Hungary|O] met on Monday.", "Air Hungary", Organization, false},
		{"word the finder leaves out", "Neighbouring [Hungary|L] protested on Monday.", "Hungary", Country, false},
		{"creed named by the finder", "The land was annexed by [Buddhist Hungary|L] in 1902.", "Hungary", Country, false},
		{"person noun named by the finder", "[Underdog Hungary|O] beat Chile 2-1 on Monday.", "Hungary", Country, false},
		{"without the finder", "Telekom Hungary raised its prices on Monday.", "Hungary", Country, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := markedMentions(g, tc.marked)
			found := false
			for _, m := range ms {
				if m.Text == tc.text {
					found = true
					if m.Kind != tc.kind || m.Location != tc.location {
						t.Errorf("%q: %q is a %q mention (location %v), want %q (location %v)", tc.marked, m.Text, m.Kind, m.Location, tc.kind, tc.location)
					}
				}
			}
			if !found {
				t.Errorf("%q: no mention %q (mentions %v)", tc.marked, tc.text, ms)
			}
		})
	}
}
