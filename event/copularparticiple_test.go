package event

import "testing"

// TestCopularParticiple checks that the subject of an irregular past
// participle the tagger reads as an adjective after "was" is the one
// acted on, not the doer, read with a real parse.
func TestCopularParticiple(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		rule, text, trigger, want string
	}{
		{"slain after was: the one killed", "Lavrov, a cousin of the envoy, was slain with two guards in the 1991 uprising.", "slain",
			"target=person:lavrov"},
		{"an active verb keeps its doer", "Lavrov slew two guards in the 1991 uprising.", "slew",
			"agent=person:lavrov"},
	} {
		in := inputWith(tc.text, nil)
		in.Parse = p.Sentence
		m := mentionOf(t, in, tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%s: %q: roles %s, want %s", tc.rule, tc.text, got, tc.want)
		}
	}
}
