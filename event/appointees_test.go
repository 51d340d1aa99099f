package event

import (
	"slices"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp"
)

// TestSplitAppointees checks that an appointment naming several people,
// each with a post of their own, is one mention per appointee, and that
// appointees named together with no post each stay one mention.
func TestSplitAppointees(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	people := []ent{
		{"Sergei Ivanov", "person:ivanov", actor.Person, false},
		{"Anatoly Petrov", "person:petrov", actor.Person, false},
		{"Ivan Orlov", "person:orlov", actor.Person, false},
	}
	for _, c := range []struct {
		text string
		want []string // roles of each appointment mention
	}{
		{"Vladimir Putin named Sergei Ivanov as defence minister, Anatoly Petrov as finance minister and Ivan Orlov as foreign minister on Friday.",
			[]string{"agent=person:putin target=person:ivanov", "agent=person:putin target=person:orlov", "agent=person:putin target=person:petrov"}},
		{"Vladimir Putin on Monday named Sergei Ivanov as defence minister and Anatoly Petrov as foreign minister.",
			[]string{"agent=person:putin target=person:ivanov", "agent=person:putin target=person:petrov"}},
		{"Vladimir Putin appointed Sergei Ivanov and Anatoly Petrov to the cabinet on Friday.",
			[]string{"agent=person:putin target=person:ivanov target=person:petrov"}},
		{"Vladimir Putin named Sergei Ivanov as defence minister on Friday.",
			[]string{"agent=person:putin target=person:ivanov"}},
	} {
		var got []string
		in := inputWith(c.text, people)
		in.Parse = p.Sentence
		for _, m := range Extract(in) {
			if m.Type == Appointment {
				got = append(got, roles(m))
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}
