package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestMemberNouns: the people of a body named by their tie to it
// ("supporters of the Quellit Front", "members of the Korvan Union") take
// that body as their party, as subject or object, also through a noun
// the body's name is set after ("supporters of the ruling party Dunmore");
// a body's board ("the board of the Korvan Union", group_nouns) speaks and
// acts for the body of its "of" phrase.
func TestMemberNouns(t *testing.T) {
	extra := []ent{{"Quellit Front", "org:quellit-front", actor.Organization, false}, {"Korvan Union", "org:korvan-union", actor.Organization, false}, {"Dunmore", "org:dunmore", actor.Organization, false}, {"Velmar Motors", "org:velmar-motors", actor.Organization, false}}
	checkRolesWith(t, extra, []roleCase{
		{"Supporters of the Quellit Front clashed with police in the capital on Sunday.", "clashed", "agent=org:quellit-front"},
		{"Police arrested twelve members of the Korvan Union on Monday.", "arrested", "target=org:korvan-union"},
		{"Supporters of the Russian ruling party Dunmore clashed on Sunday in the capital with members of the presidential guard.", "clashed", "agent=org:dunmore"},
		{"The board of the Korvan Union called on Friday for a general strike.", "called", "agent=org:korvan-union"},
		{"The board of Velmar Motors met in Oslo on Monday to discuss the merger.", "met", "agent=org:velmar-motors"},
	})
}

// TestPartyNounOf: a party noun for a group ("a delegation") with an "of"
// phrase of people names their side ("a delegation of Russian
// businessmen").
func TestPartyNounOf(t *testing.T) {
	checkRoles(t, []roleCase{
		{"A delegation of Russian businessmen held talks with Lavrov on Monday.", "held talks", "agent=country:RUS counterpart=person:lavrov"},
	})
}
