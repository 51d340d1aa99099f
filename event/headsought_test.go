package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleSoughtByTags checks that a verb asking "for" something whose
// phrase the parse tore from it says what it asks for, read by the tags
// (headsought.go), never the bare "X appeals" or "X calls".
func TestTitleSoughtByTags(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Gerald Voss", "person:gerald-voss", actor.Person, false},
	}, []headlineCase{
		{"The farmers also called for the grain tariffs to be lifted in Velda.", "called", "Farmers call for grain tariffs to be lifted"},
		{"Gerald Voss called for urgent talks between the miners and the mine owners.", "called", "Gerald Voss calls for urgent talks"},
	})
}
