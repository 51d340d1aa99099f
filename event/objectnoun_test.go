package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestTreeObject checks that a noun trigger the parse makes the object of
// a verb trigger of its type, or the occasion it was done in, is one
// mention with the verb, dated by the noun's time when the verb has none;
// a noun of another relation ("after the talks") stays its own mention.
func TestTreeObject(t *testing.T) {
	for _, tc := range []struct {
		text, want, date string
		times            []tx
	}{
		{"The wage cuts agreed in the March 3 peace accord between the union and the owners took effect.", "agreement:agreed", "2024-03-03",
			[]tx{{"March 3", timex.Date, "2024-03-03", true}}},
		{"The two parties agreed the Ukraine accord on Friday.", "agreement:agreed", "", nil},
		{"The foreign ministers met in Vienna after the summit.", "meeting:met meeting:summit", "", nil},
	} {
		var got []string
		var date string
		for _, m := range Extract(parsed(t, tc.text, tc.times...)) {
			if m.Type != Agreement && m.Type != Meeting {
				continue
			}
			got = append(got, string(m.Type)+":"+m.Trigger)
			if m.Time != nil {
				date = m.Time.Value
			}
		}
		if strings.Join(got, " ") != tc.want || !strings.Contains(date, tc.date) {
			t.Errorf("%q: mentions %v dated %q, want %s dated %q", tc.text, got, date, tc.want, tc.date)
		}
	}
}
