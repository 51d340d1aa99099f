package event

import "testing"

// TestSuicideBombing: one who blows himself up, the reflexive between the
// verb and its particle, is a suicide bombing (CAMEO 183) whether or not
// the sentence names a weapon.
func TestSuicideBombing(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"A young man blew himself up outside a bank in Herat on Sunday.", "attack:blew himself up"},
		{"Two attackers blew themselves up at the gate of a barracks on Sunday.", "attack:blew themselves up"},
		{"A woman blew herself up on a crowded bus on Sunday.", "attack:blew herself up"},
	} {
		evs := Extract(parsed(t, c.text))
		if g := foreground(evs); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
			continue
		}
		for _, e := range evs {
			if e.CAMEO != "183" {
				t.Errorf("%q: CAMEO %q, want 183", c.text, e.CAMEO)
			}
		}
	}
}
