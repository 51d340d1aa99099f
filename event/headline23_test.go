package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleStatementRelativeContent checks that a statement noun whose
// "that" clause the parse hangs on it as a relative clause says what is
// said ("repeated statements by Karl Brenner that the village should be
// wiped off the map"), and that a modal passive keeps the phrase right
// after its verb, without which the verb would mislead ("could not be
// passed without the consent of parliament", never "could not be
// passed").
func TestTitleStatementRelativeContent(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"Norland is wary of Sweden because of repeated statements by Karl Brenner that the village should be wiped off the map.", "statements", "Karl Brenner says village should be wiped off map"},
		{"Karl Brenner warned that the budget could not be passed without the consent of parliament.", "warned", "Karl Brenner warns budget could not be passed without consent of parliament"},
	})
}

// TestTitleTopicClause checks that a clause after a verb of saying's
// topic noun is that noun's, never what is said ("warned against
// expectations he will lay out plans" is no warning that he will).
func TestTitleTopicClause(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner warned against expectations he will announce a timetable for leaving the coalition.", "warned", "Karl Brenner warns against expectations"},
	})
}
