package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
)

// TestReasonOwner: "its" on a noun event given as the reason for an act
// done to a state ("over its ...", "for its ...") stands for that state,
// not for the subject doing the act; "its" on another oblique ("in its
// statement") still stands for the subject.
func TestReasonOwner(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		typ  Type
		want string
	}{
		{"NATO slapped new sanctions on Iran on Friday over its latest missile test.", WeaponsTest,
			"agent=country:IRN"},
		{"France rebuked North Korea for its rocket test on Sunday.", WeaponsTest,
			"agent=country:PRK"},
		{"After its missile test on Sunday, North Korea threatened more launches.", WeaponsTest,
			"agent=country:PRK"},
		// "its" on another oblique stands for the subject
		{"North Korea alarmed France with its missile test on Sunday.", WeaponsTest,
			"agent=country:PRK"},
	} {
		in := input(tc.text)
		in.Parse = p.Sentence
		m := only(t, in, tc.typ)
		if got := roles(m); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}
