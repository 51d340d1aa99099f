package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestFramePossessive checks that the possessive time of an opening
// phrase's noun ("In Tuesday's unrest,") dates the clause it opens
// (framePossessive), on a real parse, while a possessive time inside the
// clause stays its noun's and one after another preposition frames
// nothing.
func TestFramePossessive(t *testing.T) {
	for _, c := range []struct {
		name, text, trigger, when, want string
	}{
		{"in: the opener dates the clause", "In Tuesday's unrest, hundreds of protesters threw stones at Russian troops.", "threw", "Tuesday", "2024-06-18"},
		{"during: the opener dates the clause", "During Sunday's rally, police arrested 20 students in Moscow.", "arrested", "Sunday", "2024-06-16"},
		{"inside the clause: the noun's", "Police arrested 20 students who had joined Sunday's rally in Moscow.", "arrested", "Sunday", ""},
		{"after: no frame", "After Sunday's rally, police arrested 20 students in Moscow.", "arrested", "Sunday", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			day := map[string]string{"Tuesday": "2024-06-18", "Sunday": "2024-06-16"}[c.when]
			m := mentionOf(t, parsed(t, c.text, tx{c.when, timex.Date, day, true}), c.trigger)
			got := timeValue(m)
			if got != c.want {
				t.Errorf("%q: %s dated %q, want %q", c.text, c.trigger, got, c.want)
			}
		})
	}
}
