package event

import "testing"

// TestSweptArrests: a raid or a crackdown in the "in" or "during" phrase
// of an arrest verb is the way of that arrest, no event of its own; an
// ambush stays an attack, as does a raid whose verb takes no one or tells
// no arrest, and a raid told with a killing keeps the killing apart.
func TestSweptArrests(t *testing.T) {
	for _, tc := range []struct {
		text    string
		trigger string
		want    bool // the trigger's mention is kept
	}{
		{"Navy troops detained the union leader in a dawn raid on Friday.", "raid", false},
		{"Navy troops detained the union leader in a dawn raid on Friday.", "detained", true},
		{"Nine students were arrested during a police crackdown in Quito on Friday.", "crackdown", false},
		{"Nine students were arrested during a police crackdown in Quito on Friday.", "arrested", true},
		{"Nine guards were abducted by rebels in an ambush on Friday.", "ambush", true},
		{"Nine guards were injured in a police raid on Friday.", "raid", true},
		{"Police shot dead two gunmen and arrested nine others in a raid on Friday.", "shot", true},
	} {
		found := false
		for _, m := range Extract(parsed(t, tc.text)) {
			if m.Trigger == tc.trigger {
				found = true
			}
		}
		if found != tc.want {
			t.Errorf("%q %s: kept %v, want %v", tc.text, tc.trigger, found, tc.want)
		}
	}
}
