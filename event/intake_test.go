package event

import "testing"

// TestIntakeAgent: the "by" agent of a participle that takes in a text
// ("a statement received by Tass") did not issue it.
func TestIntakeAgent(t *testing.T) {
	for _, text := range []string{
		"Erdogan also attacked the plan as reckless and accused Putin of bad faith, in a statement received by Tass on Tuesday.",
		"The rebel council called the truce a trick, according to a statement received by Tass late on Friday.",
	} {
		for _, m := range Extract(parsed(t, text)) {
			for _, p := range m.Participants {
				if p.ActorID == "org:tass" && p.Role == Agent {
					t.Errorf("%q %s: roles %s, Tass issued nothing", text, m.Trigger, roles(m))
				}
			}
		}
	}
}
