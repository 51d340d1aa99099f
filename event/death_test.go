package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestDeath checks that the death of a person the text names, told by the
// verb (in a relative clause on the name too) or by the noun with its
// owner, is an event with that person, a fit of illness no attack, and that
// the dead of a disaster, of wounds, or a count or crowd that died are not
// deaths of their own.
func TestDeath(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Olav Brenner", "person:brenner", actor.Person, false}}
	sun := tx{"on Sunday", timex.Date, "2024-06-16", true}
	for _, c := range []struct {
		text string
		want string // the dead person, "" for no death
	}{
		{"The poet Olav Brenner died on Sunday in Oslo at the age of 88.", "person:brenner"},
		{"Former minister Olav Brenner died of cancer on Sunday.", "person:brenner"},
		{"Three hikers died in a landslide on Sunday near Oslo.", ""},
		{"Two soldiers died of their wounds on Sunday.", ""},
		{"Fifty-three birds died at the quarantine centre on Sunday.", ""},
		{"More than 4,000 people died of hunger in the region on Sunday.", ""},
		{"The party is preparing for a congress following the death on Sunday of the poet Olav Brenner.", "person:brenner"},
		{"The party mourned Olav Brenner's death on Sunday.", "person:brenner"},
		{"The party voiced sorrow on Sunday over the death of former minister Olav Brenner.", "person:brenner"},
		{"The death toll rose to 40 on Sunday.", ""},
		{"At least 80 convicts were put to death on Sunday.", ""},
		{"The death of a patient on Sunday shocked the region.", ""},
		{"Former minister Olav Brenner died of a heart attack on Sunday.", "person:brenner"},
		{"Olav Brenner died on Sunday after an asthma attack in his home.", "person:brenner"},
		{"Former minister Olav Brenner, who died on Sunday, was buried in Oslo.", "person:brenner"},
		{"Olav Brenner died on Sunday in an attack on his convoy.", ""},
	} {
		in := inputWith(c.text, extra, sun)
		in.Parse = p.Sentence
		got := ofType(Extract(in), Death)
		switch {
		case c.want == "" && len(got) > 0:
			t.Errorf("%q: got deaths %v, want none", c.text, summary(got))
		case c.want != "" && (len(got) != 1 || !hasActor(&got[0], c.want)):
			t.Errorf("%q: got deaths %v, want one of %s", c.text, summary(got), c.want)
		}
	}
}

// TestDeathByViolence checks that a person the text names dying of wounds
// of violence is a killing with that person as its target, not its agent,
// and that a death of illness stays a death.
func TestDeathByViolence(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Olav Brenner", "person:brenner", actor.Person, false}}
	sun := tx{"on Sunday", timex.Date, "2024-06-16", true}
	for _, c := range []struct {
		text string
		typ  Type
	}{
		{"Former minister Olav Brenner died of gunshot wounds on Sunday.", Killing},
		{`The coroner said Olav Brenner died of "manual strangulation" on Sunday.`, Killing},
		{"Former minister Olav Brenner died of heart failure on Sunday.", Death},
	} {
		in := inputWith(c.text, extra, sun)
		in.Parse = p.Sentence
		got := ofType(Extract(in), c.typ)
		if len(got) != 1 {
			t.Errorf("%q: got %v, want one %s", c.text, summary(Extract(in)), c.typ)
			continue
		}
		role := ""
		for _, q := range got[0].Participants {
			if q.ActorID == "person:brenner" {
				role = string(q.Role)
			}
		}
		if want := map[Type]string{Killing: "target", Death: "target"}[c.typ]; role != want {
			t.Errorf("%q: Brenner is %q, want %q", c.text, role, want)
		}
	}
}

// TestDeathTarget: the one who dies undergoes the death, named as a
// killing's victim is (target), never its agent; the title still names
// that person.
func TestDeathTarget(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Olav Brenner", "person:brenner", actor.Person, false}, {"Brenner", "person:brenner", actor.Person, false}}
	for _, c := range []struct{ text, roles, title string }{
		{"The poet Olav Brenner died on Sunday at the age of 88.", "target=person:brenner", "Olav Brenner dies"},
		{"Olav Brenner was a poet. Brenner died of cancer in Moscow.", "location=place:moscow target=person:brenner", "Brenner dies in Moscow"},
	} {
		in := inputWith(c.text, extra)
		in.Parse = p.Sentence
		got := ofType(Extract(in), Death)
		if len(got) != 1 || roles(got[0]) != c.roles || got[0].Title != c.title {
			t.Errorf("%q: got deaths %v (%v), want one with %q titled %q", c.text, summary(got), got, c.roles, c.title)
		}
	}
}

// TestDeathOfOnePerson checks that one person the text tells of without a
// name dying is a death ("a 40-year-old farmer died"), and that a count of
// people dying is not one.
func TestDeathOfOnePerson(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	sun := tx{"on Sunday", timex.Date, "2024-06-16", true}
	for _, c := range []struct {
		text string
		want int // deaths
	}{
		{"A 40-year-old farmer died of the flu on Sunday.", 1},
		{"The woman died on Sunday in a clinic.", 1},
		{"The miner's daughter died of a fever on Sunday.", 1},
		{"Forty farmers died of the flu on Sunday.", 0},
		{"Two women died on Sunday in a clinic.", 0},
	} {
		in := inputWith(c.text, nil, sun)
		in.Parse = p.Sentence
		if got := ofType(Extract(in), Death); len(got) != c.want {
			t.Errorf("%q: got deaths %v, want %d", c.text, summary(got), c.want)
		}
	}
}
