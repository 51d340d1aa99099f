package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestAccordingSubject: when the parse joins an "according to" source
// and the subject after its comma into one phrase, the subject acts, not
// the source.
func TestAccordingSubject(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Ibrahim Kalin", "person:kalin", actor.Person, false}, {"Dmitry Peskov", "person:peskov", actor.Person, false}}
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"According to Turkish presidential spokesman Ibrahim Kalin, Erdogan expressed strong support to Xi for his trade plan.", "expressed", "agent=person:erdogan counterpart=person:xi"},
		{"According to Kremlin spokesman Dmitry Peskov, Putin expressed warm support for Xi during their call.", "expressed", "agent=person:putin counterpart=person:xi"},
	} {
		in := inputWith(tc.text, extra)
		in.Parse = p.Sentence
		m := mentionOf(t, in, tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
