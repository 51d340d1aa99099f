package event

import "testing"

// TestHostInGame checks that the hosts of a game are the home side, not
// a host receiving a visit.
func TestHostInGame(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Peru hosted the Chilean president in Lima on Sunday.", true},
		{"Hosts Peru beat Chile 2-1 in the tournament semifinal on Sunday.", false},
		{"At the regional games in 2003, hosts Peru topped the medal table with 40 golds.", false},
	} {
		got := false
		for _, m := range Extract(parsed(t, tc.text)) {
			got = got || m.Type == Visit
		}
		if got != tc.want {
			t.Errorf("%q: visit %v, want %v", tc.text, got, tc.want)
		}
	}
}
