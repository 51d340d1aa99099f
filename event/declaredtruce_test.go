package event

import "testing"

// TestDeclaredTruce checks that a truce declared is one event, the
// declaration (yield 0871), with no bare agreement beside it, while a
// truce signed stays an agreement.
func TestDeclaredTruce(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The militia declared a unilateral truce on Sunday.", []string{"yield:declared"}},
		{"The two factions signed a truce on Sunday.", []string{"agreement:signed"}},
	} {
		var got []string
		for _, m := range Extract(parsed(t, tc.text)) {
			got = append(got, string(m.Type)+":"+m.Trigger)
		}
		if len(got) != len(tc.want) || got[0] != tc.want[0] {
			t.Errorf("%q: mentions %v, want %v", tc.text, got, tc.want)
		}
	}
}
