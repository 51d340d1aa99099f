package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestGameVerbs checks the game verbs of a side beaten that are events
// only in a game and only with a side as the one beaten (rock, hold off,
// see off…: data/triggers.yaml): a result in a game, none for a blast
// that rocks a town.
func TestGameVerbs(t *testing.T) {
	sides := []ent{{"Velnia", "country:VEL", actor.Country, false}, {"Ardena", "country:ARD", actor.Country, false},
		{"Tam Kelsby", "person:tam-kelsby", actor.Person, false}, {"Lia Morrow", "person:lia-morrow", actor.Person, false}}
	for _, tc := range []struct {
		text, trigger string
		want          bool
	}{
		{"Velnia rocked Ardena in three straight sets in the volleyball championship on Saturday.", "rocked", true},
		{"Tam Kelsby held off Lia Morrow 6-4, 6-3 in the tennis final on Sunday.", "held off", true},
		{"A blast rocked the capital of Ardena on Saturday.", "rocked", false},
	} {
		got := sportResultOn(t, tc.text, tc.trigger, sides) != nil
		if got != tc.want {
			t.Errorf("%q: sport result on %q %v, want %v", tc.text, tc.trigger, got, tc.want)
		}
	}
}
