package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestRisingTriggers checks that an uprising, a revolt or a mutiny is a
// protest event of its date, and that the words in another sense are not.
func TestRisingTriggers(t *testing.T) {
	for _, c := range []struct {
		text string
		want Type
	}{
		{"Putin survived a military uprising in 2003.", Protest},
		{"The regime fell after the students' uprising in 1973.", Protest},
		{"Soldiers staged a mutiny in the barracks in 2003.", Protest},
		{"Kim crushed a revolt in the north in 1998.", Protest},
		{"Prices rose in 2003.", ""},
	} {
		var got Type
		year := c.text[len(c.text)-5 : len(c.text)-1] // each sentence ends on its year
		for _, m := range Extract(input(c.text, tx{year, timex.Date, year, false})) {
			if m.Type == Protest {
				got = m.Type
			}
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
