package event

import "testing"

// TestVehicleBreakup: a vehicle that explodes or breaks apart on its own
// tells an accident, its deaths its toll; a bomb in a car, an object
// blown up and a span after the verb read as its object are no accident.
func TestVehicleBreakup(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"The space shuttle Orion exploded 40 seconds after launch on Tuesday, killing its crew of six.", "accident:exploded"},
		{"A cargo plane disintegrated over the lake on Tuesday, killing both pilots.", "accident:disintegrated"},
		{"A gas tanker blew up on the ring road on Tuesday.", "accident:blew up"},
		{"The shuttle Orion was lost when it exploded on Tuesday, killing its crew of six.", "accident:exploded"},
		{"A car bomb exploded outside the ministry on Tuesday, killing nine people.", "attack:exploded killing:killing"},
		{"Insurgents blew up a fuel tanker on the ring road on Tuesday.", "attack:blew up"},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
