package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// A disaster's noun that only says what kind of people or place another
// noun is ("earthquake victims", "the quake-hit region") tells no
// happening of its clause: it is background. Its name ("typhoon Kamu"),
// the rains it brought and a disaster told by a verb of striking are not.
func TestKindModifier(t *testing.T) {
	cases := []struct {
		text, trigger string
		want          bool
	}{
		{"Three nurses who came to help earthquake victims were hurt in a fire on Tuesday.", "earthquake", true},
		{"A truck plunged into a canal in the quake-hit region of Velta on Tuesday.", "quake", true},
		{"Typhoon Kamu lashed the coast of Velta on Tuesday.", "Typhoon", false},
		{"The typhoon rains swallowed entire villages in Velta on Tuesday.", "typhoon", false},
		{"A strong earthquake hit Velta on Tuesday.", "earthquake", false},
	}
	for _, c := range cases {
		in := parsed(t, c.text, tx{"Tuesday", timex.Date, "2024-06-18", true})
		m := mentionOf(t, in, c.trigger)
		if m.Background != c.want {
			t.Errorf("%q / %s: Background = %v, want %v", c.text, c.trigger, m.Background, c.want)
		}
	}
}
