package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestReportBound checks, on a real parse, that an act a report dated
// before publication tells as done is bounded by the report's day
// (Mention.BoundBy), not dated by it: through the parse's tie of the day
// to the reporting verb, and through "that" right after the day when the
// parse reads the verb as a relative clause of its subject
// (reportbound.go).
func TestReportBound(t *testing.T) {
	friday := tx{"Friday", timex.Date, "2024-06-14", true}
	for _, tc := range []struct{ text, trigger string }{
		{"The minister said on Friday that the army had seized 40 rifles in Rennia.", "seized"},
		{"On Friday, the minister announced that two smugglers had been arrested in Rennia.", "arrested"},
		{"Rennia Mining said Friday it had bought a 20 percent stake in Velnia Copper.", "bought"},
		{"Copper prices rose in Rennia. Velnia-based newspaper The Ledger reported on Friday that Rennian police have arrested 60 smugglers who stole copper.", "arrested"},
	} {
		m := mentionOf(t, parsed(t, tc.text, friday), tc.trigger)
		if m.Time != nil || m.Basis != PublicationBound || m.BoundBy == nil || m.BoundBy.Value != friday.value {
			t.Errorf("%q / %s: time %v, basis %s, bound %v; want bounded by Friday", tc.text, tc.trigger, m.Time, m.Basis, m.BoundBy)
		}
	}
}
