package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestSittingTime checks, on a real parse, that a sitting named after the
// verb or on its subject ("at Monday's meeting") with a possessive time
// dates the act told there, while another noun's possessive time does
// not (sitting_nouns, timescope.go).
func TestSittingTime(t *testing.T) {
	monday := tx{"Monday", timex.Date, "2024-06-17", true}
	for _, tc := range []struct {
		text string
		typ  Type
		want Basis
	}{
		{"The ministers agreed at Monday's meeting in Velna to cut tariffs.", Agreement, Relative},
		{"The ministers pledged during Monday's session to cut tariffs.", ExpressIntentToCooperate, Relative},
		{"The ministers pledged at Monday's prices to buy more grain.", ExpressIntentToCooperate, Publication},
	} {
		m := only(t, parsed(t, tc.text, monday), tc.typ)
		if m.Basis != tc.want {
			t.Errorf("%q: basis %s, want %s", tc.text, m.Basis, tc.want)
		}
	}
}
