package event

import "testing"

// TestYieldVerbs: a curfew, a ban or a quarantine lifted is eased (081),
// and a side that backs down yields (080); a forecast lifted is no yield.
func TestYieldVerbs(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"The army lifted the night curfew in the port city on Monday.", "yield:lifted"},
		{"The ban on poultry imports was lifted by the ministry on Monday.", "yield:lifted"},
		{"The bank lifted its growth forecast for the region on Monday.", ""},
		{"The city council backed down on the parking fee on Monday.", "yield:backed down"},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
