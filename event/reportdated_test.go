package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// A mention dated only by the day of the verb that reports it, or of a
// report hanging on a clause above it, is marked ReportDated; one with a
// time of its own, or in another sentence shape, is not.
func TestReportDated(t *testing.T) {
	cases := []struct {
		text, when, trigger string
		want                bool
	}{
		{"A Veltan soldier was killed when a roadside bomb struck his truck near Kordo, the army said on Friday.", "Friday", "killed", true},
		{"A Veltan soldier was killed when a roadside bomb struck his truck near Kordo, the army said on Friday.", "Friday", "struck", true},
		{"Gunmen killed 47 villagers in Rennia, the minister told reporters on Friday.", "Friday", "killed", true},
		{"Gunmen killed 47 villagers in Rennia on Friday, the minister said.", "Friday", "killed", false},
		{"Gunmen killed 12 people in Kordo on Friday, when a bomb struck a market.", "Friday", "struck", false},
	}
	for _, c := range cases {
		in := parsed(t, c.text, tx{c.when, timex.Date, "2024-06-21", true})
		m := mentionOf(t, in, c.trigger)
		if m.ReportDated != c.want {
			t.Errorf("%q / %s: ReportDated = %v, want %v (time %v)", c.text, c.trigger, m.ReportDated, c.want, m.Time)
		}
	}
}
