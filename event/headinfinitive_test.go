package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitlePlainInfinitive checks that an appeal whose "to" infinitive
// the tree's rules cannot tell says it in its own words
// (headinfinitive.go): through a relative clause or a participle on the
// ones asked, with its negation, never cut to an adjective or a subject
// parted from its verb, nor from another clause.
func TestTitlePlainInfinitive(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Velda", "country:VEL", actor.Country, false},
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"The commission called Thursday on countries which still have the death penalty to limit executions.", "called", "Commission calls on countries to limit executions"},
		{"The central government has called on cities to allow more rural people to take up residence in a bid to promote growth.", "called", "Central government calls on cities to allow more rural people to take up residence"},
		{"The rebel branch on Saturday urged the country's voters not to be fooled by the apparent success of the elections.", "urged", "Rebel branch urges voters not to be fooled by apparent success of elections"},
		{"Karl Brenner also called upon the all concerned officials having link with the elections to remain above fear.", "called", "Karl Brenner calls upon concerned officials to remain above fear"},
		{"Karl Brenner urged the United Nations to ensure that the envoy should be authorised to travel to the country.", "urged", "Karl Brenner urges United Nations"},
	})
}

// TestTitleStanceThatClause checks that a stance noun whose "that" clause
// the parse tears ("expressed the hope that ...", its "that" read as a
// subject) says the clause in its own words (plainClause), never the
// bare "expresses hope".
func TestTitleStanceThatClause(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Velda", "country:VEL", actor.Country, false},
		{"Otto Lind", "person:otto-lind", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner also expressed the hope that Velda would achieve stability after a bitter civil war.", "expressed", "Karl Brenner expresses hope Velda will achieve stability"},
		{"Karl Brenner also expressed the hope that Otto Lind can help persuade Velda in striking a deal on prickly issues like the budget.", "expressed", "Karl Brenner expresses hope Otto Lind can help persuade Velda"},
	})
}
