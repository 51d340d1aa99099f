package actor

import "testing"

// TestPlaceAgent: a place of a known country (a capital, or a gazetteer
// place with its country) right before a generic agent's name is that
// country's agent, as the demonym would give; after a locative, or inside
// a longer capitalized name, the place stays a place.
func TestPlaceAgent(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"Istanbul police detained three smugglers on Monday.", "Istanbul police", "agent:TUR:police"},
		{"Kabul police stopped a truck at dawn.", "Kabul police", "agent:AFG:police"},
		{"A Munich court fined the firm on Friday.", "Munich court", "agent:DEU:judiciary"},
		{"He said in Istanbul police had left.", "Istanbul", "place:istanbul"},
	})
}

// TestPlaceAgentName: the place-named mention gives the agent no name of
// its own; a demonym's mention in the same story names it.
func TestPlaceAgentName(t *testing.T) {
	r := NewResolver(defaultGazetteer(t))
	document(r, "Istanbul police detained three smugglers on Monday. Turkish police freed them later.")
	for _, a := range r.Actors() {
		if a.ID == "agent:TUR:police" && a.Name != "Turkish police" {
			t.Errorf("agent:TUR:police is named %q, want %q", a.Name, "Turkish police")
		}
	}
}
