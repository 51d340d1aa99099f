package actor

import "testing"

// TestStationedAgents: a bare domestic agent (stationed_agents in
// data/lexicon.yaml) right before "in" and a country, or a place of one,
// is that country's agent; troops so placed may be a foreign force's and
// stay bare, and so does an agent the phrase does not place.
func TestStationedAgents(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"Police in Ghana detained two journalists from Togo.", "Police", "agent:GHA:police"},
		{"The police in Pakistan and India held talks.", "police", "agent:PAK:police"},
		{"Police in Accra detained two reporters from Benin.", "Police", "agent:GHA:police"},
		{"A court in Peru jailed a former mayor from Chile.", "court", "agent:PER:judiciary"},
		{"Troops in Mali killed four gunmen.", "Troops", "agent:-:troops"}, // not Mali's: own_armed_agents
		{"Police said five men from Togo died in Ghana.", "Police", "agent:-:police"},
		{"Police fired tear gas at students in Uganda.", "Police", "agent:UGA:police"},
		{"The court in the capital jailed a former mayor of Lima.", "court", "agent:-:judiciary"},
	})
}
