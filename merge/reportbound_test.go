package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestReportBoundDay checks that a publication-bound mention a dated
// report tells (event.Mention.BoundBy: "have arrested 60 men, a newspaper
// reported on Wednesday") is bound by the report's day when it comes
// before the DCT, and by the DCT otherwise (reportBoundDay).
func TestReportBoundDay(t *testing.T) {
	bound := func(by string) event.Mention {
		m := mention("a", 1, event.Arrest, "", "group:police")
		m.Basis = event.PublicationBound
		if by != "" {
			m.BoundBy = tx(by)
		}
		return m
	}
	for _, tc := range []struct {
		by, want string
	}{
		{"2025-03-19", "2025-03-19"}, // the report two days before the DCT
		{"2025-02", "2025-02-28"},    // "announced in February that it had agreed"
	} {
		m := bound(tc.by)
		evs := Merge([]event.Mention{m}, opts())
		if len(evs) != 1 {
			t.Fatalf("bound by %s: %d events, want 1", tc.by, len(evs))
		}
		if d := evs[0].Date; d.End != tc.want || d.Value != tc.want || d.Start != "" || d.Mod != "ON_OR_BEFORE" {
			t.Errorf("bound by %s: date %+v, want on or before %s", tc.by, d, tc.want)
		}
	}
}
