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

// TestRepairSpanObject checks that a span of time the parse makes the
// verb's object, right before "after" or "before", becomes a bare
// modifier of the verb, and that a true object stays.
func TestRepairSpanObject(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"seconds after",
			"it/PRON/PRP/2/nsubj blew/VERB/VBD/0/root 30/NUM/CD/4/nummod seconds/NOUN/NNS/2/obj after/ADP/IN/6/case takeoff/NOUN/NN/2/obl",
			"2/nsubj 0/root 4/nummod 2/obl:npmod 6/case 2/obl"},
		{"a span with no relating word",
			"they/PRON/PRP/2/nsubj spent/VERB/VBD/0/root three/NUM/CD/4/nummod days/NOUN/NNS/2/obj there/ADV/RB/2/advmod",
			""},
	} {
		checkRepair(t, repairSpanObject, c.name, c.spec, c.want)
	}
}
