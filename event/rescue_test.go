package event

import "testing"

// TestRescue: people rescued or saved are given humanitarian aid (073);
// rescue teams, money saved and a rescue still to be made are none.
func TestRescue(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Fishermen rescued 300 migrants off the coast on Friday.", "aid:rescued"},
		{"Rescue teams reached the flooded village on Friday.", ""},
		{"Coast guards saved 40 sailors from a burning tanker on Friday.", "aid:saved"},
		{"The firm saved 3 million dollars on fuel last year.", ""},
		{"Miners dug a shaft to rescue the trapped men on Friday.", ""},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
