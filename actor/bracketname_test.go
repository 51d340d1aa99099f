package actor

import "testing"

// TestBracketedNameLearnt checks that a name read as a known body by the
// acronym in brackets after it names that body when it comes again alone
// (bracketname.go), and that a name the gazetteer knows is left alone.
func TestBracketedNameLearnt(t *testing.T) {
	g := defaultGazetteer(t)
	for _, c := range []struct {
		name, text, later, want string
	}{
		{"a spelling of the body's name", "Delegates of the Group 20 (G20) met in Lagos on Monday. The Group 20 was founded in 1999.", "Group 20", "org:g20"},
		{"without the bracket, a body of its own", "Delegates of the Group 20 met in Lagos on Monday. The Group 20 was founded in 1999.", "Group 20", "org:group-20"},
	} {
		r := NewResolver(g)
		got := ""
		for _, m := range document(r, c.text) {
			if m.Text == c.later {
				got = m.ActorID // the last mention with that text
			}
		}
		if got != c.want {
			t.Errorf("%s: %q: the last %q is %q, want %q", c.name, c.text, c.later, got, c.want)
		}
	}
}
