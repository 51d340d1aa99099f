package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestGerundComplementTime checks that a time expression after an "of"
// gerund clause of a verb trigger dates that clause's act, not the
// trigger's (gerundAfter), and that one before it still dates the
// trigger.
func TestGerundComplementTime(t *testing.T) {
	for _, c := range []struct {
		name, text, when, value, want string
	}{
		{"the complement's day", "Kim accused the soldiers of raping a woman near the base on Nov. 1.", "Nov. 1", "2023-11-01", ""},
		{"a word before the gerund", "Kim accused the soldiers of illegally entering the base on Nov. 1.", "Nov. 1", "2023-11-01", ""},
		{"the verb's day before the complement", "Kim accused the soldiers on Monday of raping a woman near the base.", "Monday", "2024-06-17", "2024-06-17"},
		{"a name in -ing is no gerund", "Kim accused the mayor of Beijing on Monday.", "Monday", "2024-06-17", "2024-06-17"},
		{"a noun in -ing is no gerund", "Kim accused the organisers of the meeting on Monday.", "Monday", "2024-06-17", "2024-06-17"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := mentionOf(t, input(c.text, tx{c.when, timex.Date, c.value, true}), "accused")
			got := timeValue(m)
			if got != c.want {
				t.Errorf("%q: accused dated %q, want %q", c.text, got, c.want)
			}
		})
	}
}
