package actor

import "testing"

// TestNamedGroup: an unknown name before an unaffiliated agent's name is
// one group of its own ("Tiger rebels"), the same actor at each mention; a
// capitalized adjective opening the sentence is no part of it, and a
// known name keeps its own actor. Ordinary people after an unknown name
// ("Ingush women") are no group: agent:-:NAME.
func TestNamedGroup(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"On Monday suspected Kolo rebels blew up a bridge.", "Kolo rebels", "org:kolo-rebels"},
		{"Suspected Kolo rebels blew up a bridge.", "Kolo rebels", "org:kolo-rebels"},
		{"Police said Brava militants attacked the town.", "Brava militants", "org:brava-militants"},
		{"Tupac Amaru guerrillas vowed to fight on.", "Tupac Amaru guerrillas", "org:tupac-amaru-guerrillas"},
		{"Masked gunmen stormed the ministry.", "gunmen", "agent:-:gunmen"},
		{"Hamas militants fired rockets on Monday.", "Hamas", "org:hamas"},
		{"Police said two Ingush women were arrested.", "women", "agent:-:women"},
		{"Gunmen killed three Karen villagers on Monday.", "villagers", "agent:-:villagers"},
	})
}
