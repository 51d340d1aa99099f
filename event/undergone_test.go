package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestUndergone checks that a hostile noun takes as its target the
// passive subject of the hostile verb it is an oblique of, and the
// object of the hostile verb whose relative clause it heads (also when
// the parse hangs the clause on the noun's time); not the subject of a
// verb of taking part, nor a name a later relative clause tells of.
func TestUndergone(t *testing.T) {
	extra := []ent{
		{"Karl Osk", "person:karl-osk", actor.Person, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{"President Karl Osk was overthrown in a military coup on Monday.", "coup", "target=person:karl-osk"},
		{"The junta took office after a coup that ousted Prime Minister Karl Osk.", "coup", "target=person:karl-osk"},
		{"Karl Osk was involved in the coup on Monday.", "coup", ""},
	})
}

// TestUndergoneTimeClause checks that a relative clause the parse hangs
// on the noun's time ("a coup in May that ousted X") still gives the
// noun its target.
func TestUndergoneTimeClause(t *testing.T) {
	extra := []ent{{"Karl Osk", "person:karl-osk", actor.Person, false}}
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"The junta took office after a coup in May that ousted Prime Minister Karl Osk.", "target=person:karl-osk"},
	} {
		in := inputWith(c.text, extra, tx{"May", timex.Date, "2024-05", true})
		in.Parse = p.Sentence
		if got := triggerRoles(in, "coup"); got != c.want {
			t.Errorf("%q coup: roles %s, want %s", c.text, got, c.want)
		}
	}
}
