package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleElectionVictory checks that an election victory reads as won
// by its possessor ("soon after Karl Brenner's election victory" →
// "Karl Brenner wins election"), never "holds election".
func TestTitleElectionVictory(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"The arrests were made soon after Karl Brenner's election victory last year.", "election victory", "Karl Brenner wins election"},
		{"Karl Brenner's electoral victory surprised the markets.", "electoral victory", "Karl Brenner wins election"},
	})
}

// TestTitleWinOver checks that a win or victory over or against another
// side reads as the winner beating it ("a 4-1 win over Avalon City" →
// "Norland United beats Avalon City"), with the score however its dash is
// written, never "wins match with Avalon City" nor "beats against Avalon
// City".
func TestTitleWinOver(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland United", "org:norland-united", actor.Organization, false},
		{"Avalon City", "org:avalon-city", actor.Organization, false},
	}, []headlineCase{
		{"Norland United moved top of the league with a 4-1 win over Avalon City on Sunday.", "win", "Norland United beats Avalon City 4-1"},
		{"Norland United want to build on the 2-0 victory against Avalon City.", "victory", "Norland United beats Avalon City 2-0"},
		{"Norland United moved top of the league with a 3–1 win over Avalon City on Sunday.", "win", "Norland United beats Avalon City 3-1"}, // an en dash (token.IsScoreDash)
	})
}

// TestTitleSpacedScore checks that a score the text spaces at its hyphen
// ("a 2- 1 win") is said as one ("2-1"), never two numbers.
func TestTitleSpacedScore(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Leeds earned a 2- 1 win over Fulham on Saturday thanks to a late goal.", "win", "2-1 win"},
	})
}
