package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleThatActive checks that a participle the parse hangs on the
// noun before it, opening a "that" clause of its own ("the court on
// Thursday ruled that ..."), is active, its noun the one who rules and
// the clause what it rules, never the reduced passive "High Court
// ruled".
func TestTitleThatActive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Israel's High Court on Thursday ruled that the army must halt demolitions in the village.", "ruled", "High Court rules army must halt demolitions"},
	})
}

// TestTitleGapActive checks that a participle the parse hangs on a noun
// right after a common noun with its own determiner ("the defence pact
// both countries signed") is a relative clause with no "that": the
// noun is its agent, the noun before it its object ("Both countries
// sign defence pact", never "Countries signed"), while a preposition's
// noun keeps the reduced passive.
func TestTitleGapActive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The new deal differs from the defence pact both countries signed in 1998, an official said.", "signed", "Both countries sign defence pact"},
		{"A judge halted the trial of a Canadian terror suspect detained at the naval base in Cuba on Monday.", "detained", "Canadian terror suspect detained"},
	})
}

// TestTitleAdjectiveOblique checks that a reported clause whose verb
// takes an adjective with an oblique of its own ("has tested positive
// for a banned stimulant") says it with that oblique, never the type's
// "issues statement".
func TestTitleAdjectiveOblique(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Karl Brenner", "person:karl-brenner", actor.Person, false}}, []headlineCase{
		{"Portland striker Tom Reyes has once more tested positive for a banned stimulant in his second sample, Karl Brenner said on Tuesday.", "said", "Karl Brenner says Portland striker Tom Reyes tests positive for banned stimulant"},
		{"The finance minister remained optimistic about the recovery, Karl Brenner said on Monday.", "said", "Karl Brenner says finance minister remains optimistic about recovery"},
	})
}
