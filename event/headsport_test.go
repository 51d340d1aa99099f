package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleSportNoun checks that a sports result told by its noun names
// both sides and the score: a win's side is the named subject of the
// clause it hangs on when its possessor is a pronoun ("went top after
// their 1-0 victory"), its possessor also when the parse sets the noun in
// apposition to a noun before it ("X's surprise 3-2 victory"); a
// defeat's owner is the loser and its "to" phrase the winner, the higher
// figure first; a list of set scores is no score. (A verb's score after
// its object: TestTitleParticipleSubject.)
func TestTitleSportNoun(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland United", "org:norland-united", actor.Organization, false},
		{"Avalon City", "org:avalon-city", actor.Organization, false},
	}, []headlineCase{
		{"Norland United went top of the group after their 2-1 victory over Avalon City.", "victory", "Norland United beats Avalon City 2-1"},
		{"Avalon City, who suffered a 91-70 loss to Norland United on Friday, played a different game.", "loss", "Norland United beats Avalon City 91-70"},
		{"Norland United's surprise 3-2 victory over Avalon City in a friendly roiled the local press on Sunday.", "victory", "Norland United beats Avalon City 3-2"},
		{"Norland United served nine aces in a 3-6, 6-3, 7-5 victory over Avalon City on Friday.", "victory", "Norland United beats Avalon City"},
	})
}
