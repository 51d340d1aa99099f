package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestPerfectOblique checks, on a real parse, that an event noun in an
// oblique of a verb told in the perfect is bound by the publication as
// that verb is, and that under a simple past, or a perfect of a state, it
// keeps the day's news.
func TestPerfectOblique(t *testing.T) {
	ents := []ent{
		{"Ardena", "country:ARD", actor.Country, false},
		{"Borduria", "country:BOR", actor.Country, false},
	}
	for _, tc := range []struct {
		text string
		typ  Type
		want Basis
	}{
		{"Ardena had reached the final with a 3-0 win over Borduria.", SportResult, PublicationBound},
		{"Ardena reached the final with a 3-0 win over Borduria.", SportResult, Publication},
		{"Ardena has lost 40 soldiers in clashes with Borduria.", Attack, PublicationBound},
		{"Ardena lost 40 soldiers in clashes with Borduria.", Attack, Publication},
		// a perfect of a state lasts up to the report: the clashes may go on
		{"Ardena has stayed out of the region amid clashes with Borduria.", Attack, Publication},
	} {
		m := only(t, parsedWith(t, tc.text, ents), tc.typ)
		if m.Basis != tc.want {
			t.Errorf("%q: basis %s, want %s", tc.text, m.Basis, tc.want)
		}
	}
}
