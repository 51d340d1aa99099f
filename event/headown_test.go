package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleOwnClause checks that a verb trigger with no side the parse
// gives no headline for is told in its clause's own words (headown.go),
// its verb in the present, never by its type's name
// alone; a relative pronoun subject gives way to the noun it stands for,
// and a pronoun subject no one resolves leaves the type's name.
func TestTitleOwnClause(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Velda", "place:velda", actor.Place, false},
	}, []headlineCase{
		{"All six were arrested under the old vagrancy law.", "arrested", "All six arrested under old vagrancy law"},
		{"Rescuers reached the ferry that sank off the coast of Velda.", "sank", "Ferry sinks off coast of Velda"},
		{"He was arrested in March.", "arrested", "Arrest"},
	})
}
