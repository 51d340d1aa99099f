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

// TestCrowdForce: a crowd storming a building is a violent protest (145)
// without an armed cue, the crowd type of the storm entry; an armed group,
// or a sentence telling weapons, keeps the assault.
func TestCrowdForce(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Type // "" = no event
	}{
		{"Demonstrators stormed the ministry in Lima on Tuesday.", Protest},
		{"Hundreds of farmers stormed a town hall in Lima on Tuesday.", Protest},
		{"Gunmen stormed a hotel in Lima on Tuesday.", Attack},
		{"A dozen pirates stormed a police post in Lima on Tuesday and fired at the guards.", Attack},
		{"Soldiers stormed the square in 1989 and fired on the demonstrators.", Attack},
	} {
		var got Type
		for _, m := range Extract(parsed(t, tc.text)) {
			if m.Type == Protest || m.Type == Attack {
				got = m.Type
				if m.Type == Protest && m.CAMEO != "145" {
					t.Errorf("%q: CAMEO %s, want 145", tc.text, m.CAMEO)
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
