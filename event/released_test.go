package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestReportReleased: a report, a survey or a poll released is its
// publisher's statement, dated only by a time hung on the verb, not by
// the period it covers (own_time); one released from hospital near a
// report is none.
func TestReportReleased(t *testing.T) {
	in := parsed(t, "Rice exports fell sharply, according to a survey released on Wednesday by the Farmers Union.",
		tx{"Wednesday", timex.Date, "2024-06-19", true})
	m := find(t, in, "released")
	if m.Type != Statement || m.Time == nil || m.Time.Value != "2024-06-19" {
		t.Errorf("%q: %s dated %v, want statement of 2024-06-19", in.Text, m.Type, m.Time)
	}
	in = parsed(t, "Between 1999 and 2008, some 4,000 vineyards changed hands, according to a study recently released by the Growers League.",
		tx{"Between 1999 and 2008", timex.Date, "1999", false})
	m = find(t, in, "released")
	if m.Type != Statement || m.Time != nil {
		t.Errorf("%q: %s dated %v, want an undated statement", in.Text, m.Type, m.Time)
	}
	for _, m := range Extract(parsed(t, "The former minister was released from hospital on Monday, according to a report.")) {
		if m.Trigger == "released" && m.Type == Statement {
			t.Errorf("released from hospital: a statement")
		}
	}
}
