package event

import "testing"

// TestTenderingLightVerbs: who tenders or submits a resignation resigns,
// and the verb is no offer of its own ("light" in data/triggers.yaml).
func TestTenderingLightVerbs(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"Erdogan and the whole cabinet tendered their resignation on Monday.", "agent=person:erdogan"},
		{"Macron submitted his resignation to parliament.", "agent=person:macron"},
	} {
		ms := Extract(parsed(t, tc.text))
		if len(ms) != 1 || ms[0].Type != Resignation {
			t.Fatalf("%q: want one resignation, got %v", tc.text, summary(ms))
		}
		if got := roles(ms[0]); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}
