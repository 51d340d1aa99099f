package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestOccasionSaying checks that a later saying of a party of the lead's
// meeting, with no time of its own and told in the simple past, is a
// statement dated by the day the lead gives the occasion; and that one
// told in the present perfect, one of a speaker the lead does not name,
// and one with no dated occasion before it are none.
func TestOccasionSaying(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	sunday := []tx{d("Sunday", "2024-06-16")}
	lead := "Russia backs the plan to reopen the border, Putin said here on Sunday. In a meeting with Kim, Putin said the two sides enjoy close ties. "
	for _, c := range []struct {
		text  string
		times []tx
		want  string // the statement's date, "" for none
	}{
		{lead + "Kim said North Korea values the ties with Russia.", sunday, "2024-06-16"},
		{lead + "\"We value these ties,\" said Kim.", sunday, "2024-06-16"},
		{lead + "Kim has said North Korea values the ties with Russia.", sunday, ""},
		{lead + "Erdogan said Turkey values the ties with Russia.", sunday, ""},
		{"Russia backs the plan to reopen the border, Putin said. In a meeting with Kim, Putin said the two sides enjoy close ties. Kim said North Korea values the ties with Russia.", nil, ""},
	} {
		got := ""
		for _, m := range Extract(parsed(t, c.text, c.times...)) {
			if m.Sentence == 2 && m.Type == Statement {
				got = timeValue(m)
			}
		}
		if got != c.want {
			t.Errorf("%q: statement of the third sentence dated %q, want %q", c.text, got, c.want)
		}
	}
}
