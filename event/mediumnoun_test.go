package event

import "testing"

// TestMediumNoun checks that a statement noun telling the text another
// act of its sentence was told in ("criticised X ... in statement
// received by reporters") is no statement of its own, while a statement
// issued is one.
func TestMediumNoun(t *testing.T) {
	for _, tc := range []struct {
		text   string
		noun   string
		wanted bool
	}{
		{"The premier bitterly criticised the Ardenian envoy and accused him of arming the rebels, in statement received by reporters on Tuesday.", "statement", false},
		{"The Ardenian premier issued a statement on the border dispute on Tuesday.", "statement", true},
	} {
		got := false
		for _, m := range Extract(parsed(t, tc.text)) {
			got = got || m.Type == Statement && m.Trigger == tc.noun
		}
		if got != tc.wanted {
			t.Errorf("%q: statement noun %q %v, want %v", tc.text, tc.noun, got, tc.wanted)
		}
	}
}
