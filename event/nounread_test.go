package event

import "testing"

// TestParsedNoun checks that a trigger both noun and verb is read as the
// noun the parse gives when the words before it look like a subject
// (parsedNoun), so the condemner is not the attacker; and that a verb
// stays a verb.
func TestParsedNoun(t *testing.T) {
	for _, c := range []struct {
		rule, text, trigger string
		agent               string // "" for no agent
	}{
		{"a noun after a possessive time and compounds", "Putin condemned Monday's suicide bomb attack in Moscow.", "attack", ""},
		{"a noun after a determiner and compounds", "Putin condemned the suicide bomb attack in Moscow.", "attack", ""},
		{"a verb after its subject", "Russian troops attacked Kyiv on Monday.", "attacked", "country:RUS"},
	} {
		m := mentionOf(t, parsed(t, c.text), c.trigger)
		got := ""
		for _, p := range m.Participants {
			if p.Role == Agent {
				got = p.ActorID
			}
		}
		if got != c.agent {
			t.Errorf("%s: %q: agent %q (%s), want %q", c.rule, c.text, got, roles(m), c.agent)
		}
	}
}
