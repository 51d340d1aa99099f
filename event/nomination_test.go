package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestAwardNomination checks that a nomination or a shortlisting for a
// prize or an award (the nominatedfor needs of the award entries of
// "nominate", "shortlist" and "nomination" in data/triggers.yaml) is an
// award, not an appointment, while a candidate nominated for an office
// stays an appointment.
func TestAwardNomination(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{
		{"Marta Olsson", "person:olsson", actor.Person, false},
		{"Henrik Dahl", "person:dahl", actor.Person, false},
	}
	for _, c := range []struct {
		text string
		want Type // the type of the nomination's mention
	}{
		{"Marta Olsson was nominated for the Lumen Prize on Monday.", Award},
		{"Henrik Dahl was shortlisted for the Grey Owl Award on Tuesday.", Award},
		{"The academy announced the nomination of Marta Olsson for the Lumen Prize on Monday.", Award},
		{"The party nominated Henrik Dahl as its candidate for governor on Thursday.", Appointment},
	} {
		in := inputWith(c.text, ents)
		in.Parse = p.Sentence
		ms := Extract(in)
		if got := ofType(ms, c.want); len(got) != 1 {
			t.Errorf("%q: got %v, want one %s", c.text, summary(ms), c.want)
		}
		if c.want == Award && len(ofType(ms, Appointment)) > 0 {
			t.Errorf("%q: got %v, want no appointment", c.text, summary(ms))
		}
	}
}
