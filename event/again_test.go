package event

import (
	"slices"
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestRepeatedDates checks that an act told with "and again" and a second
// date becomes two mentions, one per date (repeatedDates), and that two
// dates joined otherwise do not.
func TestRepeatedDates(t *testing.T) {
	for _, c := range []struct {
		name, text string
		times      []tx
		want       []string // election mention dates
	}{
		{"and again in", "Putin won the election in 2000 and again in 2004.", []tx{{"2000", timex.Date, "2000", false}, {"2004", timex.Date, "2004", false}}, []string{"2000", "2004"}},
		{"and again on", "Putin won the election on 2024-03-17 and again on 2024-03-18.", []tx{{"2024-03-17", timex.Date, "2024-03-17", false}, {"2024-03-18", timex.Date, "2024-03-18", false}}, []string{"2024-03-17", "2024-03-18"}},
		{"no again: one", "Putin won the election in 2000, and in 2004 he was still in office.", []tx{{"2000", timex.Date, "2000", false}, {"2004", timex.Date, "2004", false}}, []string{"2000"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, m := range Extract(input(c.text, c.times...)) {
				if m.Type == Election && m.Time != nil {
					got = append(got, m.Time.Value)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, c.want) {
				t.Errorf("%q: election dates %v, want %v", c.text, got, c.want)
			}
		})
	}
}
