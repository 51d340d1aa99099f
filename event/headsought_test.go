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
		{"The students also called for free elections to be held in Velda.", "called", "Students call for free elections to be held"},
		{"Gerald Voss called for direct talks between the unions and the government.", "called", "Gerald Voss calls for direct talks"},
	})
}
