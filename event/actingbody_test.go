package event

import "testing"

// TestActingBody checks that a body named like a gathering that speaks or
// takes a stand is no meeting, while a named meeting that opens is one.
func TestActingBody(t *testing.T) {
	for _, tc := range []struct {
		text    string
		meeting bool
	}{
		{"The Andean Bishops Conference condemned the new law on Tuesday.", false},
		{"The Geneva Disarmament Conference opened on Tuesday.", true},
		{"Delegates left the conference on Tuesday.", true},
	} {
		got := false
		for _, m := range Extract(parsed(t, tc.text)) {
			got = got || m.Type == Meeting
		}
		if got != tc.meeting {
			t.Errorf("%q: meeting %v, want %v", tc.text, got, tc.meeting)
		}
	}
}
