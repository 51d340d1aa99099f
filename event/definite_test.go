package event

import "testing"

// TestDefiniteNoun: "the" and a bare singular noun (or "the talks") names
// the event its article told; a number, a possessor, a modifier or an
// indefinite article picks an instance of its own.
func TestDefiniteNoun(t *testing.T) {
	for _, tc := range []struct {
		text    string
		trigger string
		want    bool
	}{
		{"The Ghanaian president opened the summit with a speech.", "summit", true},
		{"The talks ended without a statement.", "talks", true},
		{"The Ghanaian president opened a summit with a speech.", "summit", false},
		{"The Ghanaian president opened the first summit with a speech.", "summit", false},
		{"The Ghanaian president attended the summit of coastal states.", "summit", false},
		{"The Ghanaian president opened his summit with a speech.", "summit", false},
	} {
		found, got := false, false
		for _, m := range Extract(parsed(t, tc.text)) {
			if m.Trigger == tc.trigger {
				found, got = true, m.Definite
			}
		}
		if !found || got != tc.want {
			t.Errorf("%q: %s found %v, definite %v, want %v", tc.text, tc.trigger, found, got, tc.want)
		}
	}
}
