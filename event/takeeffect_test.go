package event

import "testing"

// TestRuleTakesEffect checks that a law or a rule taking effect or coming
// into force is legislation, and a rate's effect felt is none.
func TestRuleTakesEffect(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The new labour law took effect in Peru on Wednesday.", true},
		{"The Fishing Act comes into force in Chile on Monday.", true},
		{"Growth slowed in Peru as higher interest rates took effect in May.", false},
	} {
		got := false
		for _, m := range Extract(parsed(t, tc.text)) {
			got = got || m.Type == Legislation
		}
		if got != tc.want {
			t.Errorf("%q: legislation %v, want %v", tc.text, got, tc.want)
		}
	}
}
