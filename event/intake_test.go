package event

import "testing"

// TestIntakeAgent: the "by" agent of a participle that takes in a text
// ("a statement received by Tass") did not issue it.
func TestIntakeAgent(t *testing.T) {
	for _, text := range []string{
		"Erdogan also criticised Putin for likening the war to a police operation and accused him of lying, in statement received by Tass on Tuesday.",
		"The rebels said the vote was illegitimate, according to a statement received by Tass in Ankara.",
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
