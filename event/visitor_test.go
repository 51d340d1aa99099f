package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestVisitorOf: a visit noun with no visitor of its own is made by the
// person the clause it is the occasion of has for subject ("on", "during",
// "from" a visit; "at the start of" one; through the time the parse may
// hang it on), a "she" standing for the person named before; not by a
// subject that is no person.
func TestVisitorOf(t *testing.T) {
	extra := []ent{
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
		{"Tomas Brekke", "person:brekke", actor.Person, false},
		{"Norwegian police", "agent:NOR:police", actor.Organization, false},
		{"Oslo", "place:oslo", actor.Place, false},
		{"Bergen", "place:bergen", actor.Place, false},
	}
	tue := tx{"Tuesday", timex.Date, "2024-06-18", true}
	for _, tc := range []struct {
		text  string
		times []tx
		want  string
	}{
		{"Senator Lena Hartwig was detained on a visit to friends.", nil, "agent=person:hartwig"},
		{"Lena Hartwig arrived in Oslo. She was detained on a visit to friends.", nil, "agent=person:hartwig"},
		{"Prime Minister Lena Hartwig said at the start of a week-long visit to Oslo that fishing quotas would rise.", nil, "agent=person:hartwig location=place:oslo"},
		{"Lena Hartwig returned on Tuesday from a five-day visit to Bergen.", []tx{tue}, "agent=person:hartwig location=place:bergen"},
		{"Norwegian police were deployed during a visit to Bergen.", nil, "location=place:bergen"},
	} {
		in := inputParsed(parsed(t, tc.text, tc.times...), inputWith(tc.text, extra, tc.times...))
		m := mentionOf(t, in, "visit")
		if got := roles(m); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}
