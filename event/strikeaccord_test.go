package event

import "testing"

// TestStrikeAccord checks that an accord struck ("struck a pact", "struck
// an alliance") is an agreement, not an armed strike, and that a strike on
// a place is still an attack.
func TestStrikeAccord(t *testing.T) {
	for _, c := range []struct {
		text string
		want Type // the type of the mention, "" for none
		not  Type // a type no mention may have
	}{
		{"The Greens struck an electoral pact with the Socialists on Wednesday.", Agreement, Attack},
		{"The two parties struck an alliance before the vote on Wednesday.", "", Attack},
		{"The rebels struck a compromise with the army on Wednesday.", "", Attack},
		{"Jets struck the rebel base with missiles on Wednesday.", Attack, ""},
	} {
		ms := Extract(parsed(t, c.text))
		found := c.want == ""
		for _, m := range ms {
			if m.Type == c.want {
				found = true
			}
			if c.not != "" && m.Type == c.not {
				t.Errorf("%q: got a %s mention on %q", c.text, m.Type, m.Trigger)
			}
		}
		if !found {
			t.Errorf("%q: got %v, want a %s mention", c.text, summary(ms), c.want)
		}
	}
}
