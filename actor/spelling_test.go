package actor

import (
	"slices"
	"testing"
)

// TestPhoenixSpelling checks that a Phoenix person, whose name the
// converter cased and stripped of hyphens, is named as the articles most
// often spell that very name, the Phoenix name kept as an alias, and that
// a headline's capitals are no spelling.
func TestPhoenixSpelling(t *testing.T) {
	cases := []struct {
		name string
		docs []string
		want string
	}{
		{"the articles' spelling", []string{"Roh Moo-hyun met reporters on Monday.", "Roh Moo-hyun flew home.", "Roh Moo-Hyun spoke."}, "Roh Moo-hyun"},
		{"a headline's capitals", []string{"ROH MOO-HYUN MEETS REPORTERS"}, "Roh Moo Hyun"},
	}
	for _, c := range cases {
		r := NewResolver(defaultGazetteer(t))
		for _, d := range c.docs {
			document(r, d)
		}
		a, ok := r.Actor("person:roh-moo-hyun")
		if !ok {
			t.Errorf("%s: no person:roh-moo-hyun", c.name)
			continue
		}
		if a.Name != c.want {
			t.Errorf("%s: name %q, want %q", c.name, a.Name, c.want)
		}
		if c.want != "Roh Moo Hyun" && !slices.Contains(a.Aliases, "Roh Moo Hyun") {
			t.Errorf("%s: aliases %v lack Phoenix's name", c.name, a.Aliases)
		}
	}
}
