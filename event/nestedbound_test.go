package event

import "testing"

// TestNestedBefore checks, on a real parse, that an event told inside the
// clause of a head placed before the report is bound by the publication.
func TestNestedBefore(t *testing.T) {
	for _, tc := range []struct {
		text string
		typ  Type
		want Basis
	}{
		{"Japanese car exports have continued to surge.", MarketMovement, PublicationBound},
		{"The rebels have recently been active in attacks on the army.", Attack, PublicationBound},
		{"Japanese car exports surged.", MarketMovement, Publication},
	} {
		m := only(t, parsed(t, tc.text), tc.typ)
		if m.Basis != tc.want {
			t.Errorf("%q: basis %s, want %s", tc.text, m.Basis, tc.want)
		}
	}
}
