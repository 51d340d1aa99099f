package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestMemberNouns: the people of a body named by their tie to it
// ("supporters of the Quellit Front", "members of the Korvan Union") take
// that body as their party, as subject or object.
func TestMemberNouns(t *testing.T) {
	extra := []ent{{"Quellit Front", "org:quellit-front", actor.Organization, false}, {"Korvan Union", "org:korvan-union", actor.Organization, false}}
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Supporters of the Quellit Front clashed with police in the capital on Sunday.", "clashed", "agent=org:quellit-front"},
		{"Police arrested twelve members of the Korvan Union on Monday.", "arrested", "target=org:korvan-union"},
	} {
		in := inputWith(tc.text, extra)
		p, err := testParser()
		if err != nil {
			t.Fatal(err)
		}
		in.Parse = p.Sentence
		got := triggerRoles(in, tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
