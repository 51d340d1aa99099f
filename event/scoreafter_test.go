package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestScoreAfter checks the verbs of another sense that tell a side beaten
// only with the game's score after the side (score_after, scoreAfter:
// data/triggers.yaml): a result with the score, none without it, none
// when the score belongs to another clause, and none without a side
// (parties).
func TestScoreAfter(t *testing.T) {
	sides := []ent{{"Tam Kelsby", "person:tam-kelsby", actor.Person, false}, {"Lia Morrow", "person:lia-morrow", actor.Person, false},
		{"Velnia", "country:VEL", actor.Country, false}, {"Ardena", "country:ARD", actor.Country, false}}
	for _, tc := range []struct {
		text, trigger string
		want          bool
	}{
		{"Tam Kelsby destroyed Lia Morrow 6-1, 6-2 in the tennis final on Sunday.", "destroyed", true},
		{"Velnia topped Ardena 3-1 in the volleyball final on Saturday.", "topped", true},
		{"Tam Kelsby brushed aside Lia Morrow 9-0, 9-2 in the squash final on Sunday.", "brushed aside", true},
		// no score: the league's table topped
		{"Velnia topped Ardena in the volleyball league on Saturday.", "topped", false},
		// the score is another clause's
		{"In the football final, Velnia topped Ardena and the hosts won 2-0 on Saturday.", "topped", false},
		// no side named (parties)
		{"In the football league, the hosts topped the visitors 3-1 on Saturday.", "topped", false},
	} {
		got := sportResultOn(t, tc.text, tc.trigger, sides) != nil
		if got != tc.want {
			t.Errorf("%q: sport result on %q %v, want %v", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestTitleParticleSide checks that a verb of several words whose object
// is the side beaten takes it as its object ("brushed aside Lia Morrow" →
// "Tam Kelsby brushes aside Lia Morrow"), never "brushes aside with Lia
// Morrow".
func TestTitleParticleSide(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Tam Kelsby", "person:tam-kelsby", actor.Person, false},
		{"Lia Morrow", "person:lia-morrow", actor.Person, false},
	}, []headlineCase{
		{"Tam Kelsby brushed aside Lia Morrow 9-0, 9-2 in the squash final on Sunday.", "brushed aside", "Tam Kelsby brushes aside Lia Morrow"},
		{"Tam Kelsby edged out Lia Morrow 6-4, 6-3 in the tennis semifinal on Monday.", "edged out", "Tam Kelsby edges out Lia Morrow"},
	})
}
