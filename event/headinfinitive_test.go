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
		{"The commission called Tuesday on nations which still allow child labour to limit working hours.", "called", "Commission calls on nations to limit working hours"},
		{"The regional council has called on towns to allow more farm workers to take up lodging in a bid to boost trade.", "called", "Regional council calls on towns to allow more farm workers to take up lodging"},
		{"The youth wing on Saturday urged the nation's students not to be misled by the sudden calm of the campaign.", "urged", "Youth wing urges students not to be misled by sudden calm of campaign"},
		{"Karl Brenner again called upon the all concerned clerks having ties with the census to remain above suspicion.", "called", "Karl Brenner calls upon concerned clerks to remain above suspicion"},
		{"Karl Brenner urged the relief agencies to ensure that the monitors should be allowed to fly to the region.", "urged", "Karl Brenner urges relief agencies"},
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
		{"Karl Brenner also expressed the hope that Velda would reach calm after a long border feud.", "expressed", "Karl Brenner expresses hope Velda will reach calm after long border feud"},
		{"Karl Brenner also expressed the hope that Otto Lind can help persuade Velda in striking a deal on prickly issues like the budget.", "expressed", "Karl Brenner expresses hope Otto Lind can help persuade Velda"},
	})
}
