package event

import "testing"

// TestAssuranceFrame checks that a state assured to hold is an optimistic
// comment (013) and a deed assured to come stays a promise (030).
func TestAssuranceFrame(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want       Type
		code       string
	}{
		{"a state that came about", "Putin assured voters on Tuesday that the water supply had recovered.", Statement, optimisticCode},
		{"a state that holds", "Putin assured investors on Tuesday that the currency remains stable.", Statement, optimisticCode},
		{"a deed to come", "Putin assured Kim on Tuesday that his state would send doctors.", ExpressIntentToCooperate, intentCode},
		{"support assured", "Putin assured Kim of his support on Tuesday.", ExpressIntentToCooperate, intentCode},
	} {
		m := mentionOf(t, parsed(t, tc.text), "assured")
		if m.Type != tc.want || m.CAMEO != tc.code {
			t.Errorf("%s: %q: got %s/%s, want %s/%s", tc.rule, tc.text, m.Type, m.CAMEO, tc.want, tc.code)
		}
	}
}
