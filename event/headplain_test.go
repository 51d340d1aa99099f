package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitlePlainReported checks that a statement whose reported clause the
// rules of saidClause cannot tell says it in the clause's own words
// (headplain.go), its verb in the present, articles and times left out,
// never the bare "issues statement"; a clause holding the speaker's "we"
// is a quotation and stays untold this way.
func TestTitlePlainReported(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"Karl Brenner said on Monday that his next stop was the port of Velda.", "said", "Karl Brenner says his next stop is port of Velda"},
		{"Karl Brenner said on Monday that the new committee will further promote trade with Velda.", "said", "Karl Brenner says new committee will further promote trade with Velda"},
		{"Karl Brenner said here on Monday that there was no limit on trade with Velda.", "said", "Karl Brenner says there is no limit on trade with Velda"},
		{"Karl Brenner said on Monday that we would win the cup.", "said", "Karl Brenner issues statement"},
	})
}
