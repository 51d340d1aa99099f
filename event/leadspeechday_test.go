package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestLeadSpeechDay checks that a lead's saying with no day of its own
// takes the day the next sentences give the same speaker's saying, or
// that a sentence placing it gives ("He made the remarks on Sunday"), and
// that another speaker's day, a day too long before publication, or one
// told past the window does not date it.
func TestLeadSpeechDay(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	for _, c := range []struct {
		text  string
		times []tx
		want  string // "" for none
	}{
		{"Putin urged the parties to hold talks. In a radio interview on Sunday, Putin declared that the army was ready.",
			[]tx{d("Sunday", "2024-06-16")}, "2024-06-16"},
		{"Putin urged the parties to hold talks. In a radio interview on Sunday, Lavrov declared that the army was ready.",
			[]tx{d("Sunday", "2024-06-16")}, ""},
		{"Putin urged the parties to hold talks. In a radio interview on May 2, Putin declared that the army was ready.",
			[]tx{d("May 2", "2024-05-02")}, ""},
		{"Putin urged the parties to hold talks. Officials prepared the hall. The guards waited outside. In a radio interview on Sunday, Putin declared that the army was ready.",
			[]tx{d("Sunday", "2024-06-16")}, ""},
		{"Putin urged the parties to hold talks. He made the remarks on Sunday at a forum in the capital.",
			[]tx{d("Sunday", "2024-06-16")}, "2024-06-16"},
		{"Putin urged the parties to hold talks. Lavrov made the remarks on Sunday at a forum in the capital.",
			[]tx{d("Sunday", "2024-06-16")}, ""},
	} {
		m := find(t, parsed(t, c.text, c.times...), "urged")
		if got := timeValue(m); got != c.want {
			t.Errorf("%q: \"urged\" dated %q, want %q", c.text, got, c.want)
		}
	}
}
