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
		{"The Veltan envoy told reporters Friday on the sidelines of the climate conference that aid would rise.", "Friday", "conference", true},
	}
	for _, c := range cases {
		in := parsed(t, c.text, tx{c.when, timex.Date, "2024-06-21", true})
		m := mentionOf(t, in, c.trigger)
		if m.ReportDated != c.want {
			t.Errorf("%q / %s: ReportDated = %v, want %v (time %v)", c.text, c.trigger, m.ReportDated, c.want, m.Time)
		}
	}
}

// TestReporterSubjectTime checks, on a real parse, that a day the parse
// hangs on the subject of a reporting verb ("the minister on Tuesday
// said") dates the report, not an act it tells in the perfect, while a
// simple past reported still takes it.
func TestReporterSubjectTime(t *testing.T) {
	tuesday := tx{"Tuesday", timex.Date, "2024-06-18", true}
	for _, tc := range []struct {
		text    string
		wantDay bool
	}{
		{"The minister on Tuesday said more than 500 people have been killed in clashes between the army and rebels.", false},
		{"The minister on Tuesday said more than 500 people were killed in clashes between the army and rebels.", true},
	} {
		m := only(t, parsed(t, tc.text, tuesday), Attack)
		if got := m.Time != nil; got != tc.wantDay {
			t.Errorf("%q: dated by Tuesday %v, want %v (basis %s)", tc.text, got, tc.wantDay, m.Basis)
		}
	}
}
