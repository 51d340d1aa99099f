package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTornSubject checks that a statement noun whose "saying" clause the
// parse tears (its subject read as the object of "saying", the rest hung
// on the light verb) says the clause whole, subject first, rather than
// the bare "issues statement".
func TestTornSubject(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Karl Brenner", "person:brenner", actor.Person, false}}
	cases := []struct{ text, trigger, want string }{
		{`Mayor Karl Brenner issued a statement saying the council decision was "deeply regrettable," while a farmers' union denounced the plan as "a disgrace."`,
			"statement", "Karl Brenner says council decision is deeply regrettable"},
	}
	for _, c := range cases {
		in := inputWith(c.text, extra)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}
