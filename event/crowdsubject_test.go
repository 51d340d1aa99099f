package event

import "testing"

// TestCrowdSubject: a crowd as the subject of a rally, a march or a
// demonstration (or of the light verb of its noun) makes it a protest
// without another cue (crowd_subject in data/triggers.yaml); a thing, an
// armed force or an object keeps the other senses.
func TestCrowdSubject(t *testing.T) {
	for _, tc := range []struct {
		text    string
		protest bool
	}{
		{"Some 2,000 farmers marched through Ankara on Tuesday.", true},
		{"Hundreds of teachers held a rally in Ankara on Tuesday.", true},
		{"Nurses demonstrated in Ankara on Tuesday.", true},
		{"Shares rallied in Ankara on Tuesday.", false},
		{"Hundreds of soldiers marched through Ankara on Tuesday.", false},
		{"The dancers demonstrated their skills in Ankara on Tuesday.", false},
	} {
		var got bool
		for _, m := range Extract(parsed(t, tc.text)) {
			got = got || m.Type == Protest
		}
		if got != tc.protest {
			t.Errorf("%q: protest %v, want %v", tc.text, got, tc.protest)
		}
	}
}
