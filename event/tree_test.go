package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
)

// TestTreeRoles checks roles read from the dependency analysis where the
// word windows alone go wrong: a dateline before the subject, a place the
// parse hangs on the object.
func TestTreeRoles(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		typ  Type
		want string
	}{
		{"SEOUL, South Korea — (AP) — A top Russian security official met with North Korean leader Kim in Pyongyang on Friday.", Meeting,
			"agent=country:RUS counterpart=person:kim location=place:pyongyang"},
		{"Putin, who met Kim in Vladivostok, left on Friday.", Meeting,
			"agent=person:putin counterpart=person:kim location=place:vladivostok"},
	} {
		in := input(tc.text)
		in.Parse = p.Sentence
		m := only(t, in, tc.typ)
		if got := roles(m); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}
