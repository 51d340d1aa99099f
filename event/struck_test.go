package event

import "testing"

// TestStruckAccord checks that an accord struck, told in the passive, is
// an agreement and no attack, while a town struck is attacked.
func TestStruckAccord(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Type
	}{
		{"A truce was struck in the capital on Friday.", Agreement},
		{"The village was struck by rockets on Friday.", Attack},
	} {
		got := map[Type]bool{}
		for _, m := range Extract(parsed(t, tc.text)) {
			got[m.Type] = true
		}
		if !got[tc.want] || tc.want == Agreement && got[Attack] {
			t.Errorf("%q: types %v, want %s", tc.text, got, tc.want)
		}
	}
}
