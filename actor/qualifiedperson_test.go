package actor

import "testing"

// TestQualifiedPerson checks that a short name qualified by a country
// names the bearer of that country, never one of another, and that a
// company's name joined by "&" and ending in a corporate suffix is one
// organization of its leading country.
func TestQualifiedPerson(t *testing.T) {
	g := defaultGazetteer(t)
	for _, c := range []struct {
		name, text, span, id, affil string
		absent                      []string
	}{
		{"a demonym picks the bearer of its country", "Saudi King Abdullah welcomed the delegates.", "King Abdullah", "person:abdullah", "country:SAU", []string{"Saudi"}},
		{"a possessive country keeps its own bearer", "Jordan's King Abdullah welcomed the delegates.", "King Abdullah", "person:abdullah-ii", "country:JOR", []string{"Jordan"}},
		{"no bearer of that country: a person of the document's own", "Turkish President Abdullah toured the port.", "Abdullah", "", "country:TUR", nil},
		{"a full name names its bearer", "Russian President Vladimir Putin toured the port.", "Vladimir Putin", "person:vladimir-putin", "country:RUS", nil},
		{"an ampersand company with its country", "Brazil Copper & Steel Corp. won a tender.", "Brazil Copper & Steel Corp.", "", "country:BRA", []string{"Brazil", "Steel Corp."}},
		{"an ampersand company without a country", "Norbury Glass & Tile Holdings cut jobs.", "Norbury Glass & Tile Holdings", "", "", []string{"Tile Holdings"}},
	} {
		ms := documentOn(t, NewResolver(g), c.text, "2006-11-07")
		var found *Mention
		for i := range ms {
			for _, a := range c.absent {
				if ms[i].Text == a {
					t.Errorf("%s: %q is a mention of its own", c.name, a)
				}
			}
			if ms[i].Text == c.span {
				found = &ms[i]
			}
		}
		if found == nil {
			t.Errorf("%s: no mention %q in %+v", c.name, c.span, ms)
			continue
		}
		if c.id != "" && found.ActorID != c.id {
			t.Errorf("%s: %q is %s, want %s", c.name, c.span, found.ActorID, c.id)
		}
		if c.id == "" && found.ActorID == "person:abdullah" {
			t.Errorf("%s: %q is the bearer of another country", c.name, c.span)
		}
		if found.Affiliation != c.affil {
			t.Errorf("%s: %q affiliated %q, want %q", c.name, c.span, found.Affiliation, c.affil)
		}
	}
}
