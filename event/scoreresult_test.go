package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestScoreResult checks that a game's score right before a result's noun
// tells the game played (score_before): a win or a draw told only by its
// score is a sport result of the side that took it, titled by the score;
// a tournament's draw, a set's score in a list and a result no side took
// (none named, or only a scorer: sideTaken) are none.
func TestScoreResult(t *testing.T) {
	sides := []ent{{"Rovers", "org:rovers", actor.Organization, false}, {"Albion", "org:albion", actor.Organization, false},
		{"Tam Kelsby", "person:tam-kelsby", actor.Person, false}}
	for _, tc := range []struct {
		text, trigger string
		want          bool
		title, agent  string
	}{
		{"Rovers moved up to third in the table with a 2-0 home win on Saturday.", "win", true, "Rovers win 2-0", "org:rovers"},
		{"Albion stayed top of the table with a 1-1 draw against Rovers on Sunday.", "draw", true, "Albion draws 1-1 with Rovers", "org:albion"},
		{"Rovers earned a 3-3 draw with Albion in the league on Sunday.", "draw", true, "Rovers draw 3-3 with Albion", "org:rovers"},
		{"Fans watched the draw for the cup finals in Leipzig on Friday.", "draw", false, "", ""},
		{"Albion coasted to a 22-25, 25-23, 25-21 victory in the volleyball final on Sunday.", "victory", false, "", ""},
		{"Thousands of fans cheered a 2-0 home win in the league on Saturday.", "win", false, "", ""},
		{"Tam Kelsby scored twice as the visitors earned a 2-1 away win on Saturday.", "win", false, "", ""},
	} {
		got := sportResultOn(t, tc.text, tc.trigger, sides)
		if (got != nil) != tc.want {
			t.Errorf("%q: sport result on %q %v, want %v", tc.text, tc.trigger, got != nil, tc.want)
			continue
		}
		if got == nil {
			continue
		}
		if got.Title != tc.title {
			t.Errorf("%q: title %q, want %q", tc.text, got.Title, tc.title)
		}
		if !hasRole(got, tc.agent, Agent) {
			t.Errorf("%q: participants %v, want agent %s", tc.text, got.Participants, tc.agent)
		}
	}
}
