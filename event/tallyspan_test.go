package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestTallySpan checks, on a real parse, that a time right after a
// tally's head ("so far this year") is the span a record runs over, not
// the act's time, when the sentence gives another (tallySpan, dating.go).
func TestTallySpan(t *testing.T) {
	year := tx{"this year", timex.Date, "2024", true}
	monday := tx{"Monday", timex.Date, "2024-06-10", true}
	for _, tc := range []struct{ text, trigger, want string }{
		{"The Velnia index gained 3.2 points to 1,204.7, the highest level so far this year, on Monday in brisk dealing.", "gained", "2024-06-10"},
	} {
		m := mentionOf(t, parsed(t, tc.text, year, monday), tc.trigger)
		if m.Time == nil || m.Time.Value != tc.want {
			t.Errorf("%q / %s: dated %v, want %s", tc.text, tc.trigger, m.Time, tc.want)
		}
	}
}
