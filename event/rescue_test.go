package event

import "testing"

// TestRescue: people rescued are given humanitarian aid (073); rescue
// teams and a rescue still to be made are none.
func TestRescue(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Fishermen rescued 300 migrants off the coast on Friday.", "aid:rescued"},
		{"Rescue teams reached the flooded village on Friday.", ""},
		{"Miners dug a shaft to rescue the trapped men on Friday.", ""},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
