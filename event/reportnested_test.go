package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestReportNested checks, on a real parse, that a reporting verb's day
// dates the act that is its immediate content in the simple past, not an
// act told deeper in what it reports, which is bounded by the publication
// instead (reportnested.go).
func TestReportNested(t *testing.T) {
	friday := tx{"Friday", timex.Date, "2024-06-14", true}
	for _, tc := range []struct {
		text, trigger string
		wantDay       bool
		wantBasis     Basis
	}{
		{"Gunmen killed 47 villagers in Rennia, the minister said on Friday.", "killed", true, Relative},
		{"The minister said on Friday she was convinced that gunmen killed 47 villagers in Rennia.", "killed", false, PublicationBound},
		{"The minister said on Friday it was appalling to hear that gunmen killed 47 villagers in Rennia.", "killed", false, PublicationBound},
	} {
		in := parsed(t, tc.text, friday)
		m := mentionOf(t, in, tc.trigger)
		if got := m.Time != nil; got != tc.wantDay || m.Basis != tc.wantBasis {
			t.Errorf("%q / %s: dated by Friday %v, basis %s; want %v, %s", tc.text, tc.trigger, got, m.Basis, tc.wantDay, tc.wantBasis)
		}
	}
}
