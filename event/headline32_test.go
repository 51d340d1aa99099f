package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleDeclaredState checks that a verb of saying that declares the
// state its object's noun names ("declared a state of emergency") keeps
// that object, never the coercion type's generic phrase ("uses
// coercion"), though the name finder reads a word of it ("state").
func TestTitleDeclaredState(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Brava", "place:brava", actor.Place, false},
	}, []headlineCase{
		{"The president of Norland declared a state of emergency in Brava.", "declared", "President of Norland declares state of emergency in Brava"},
	})
}

// TestTitleParticleReadAsAdverb checks that a phrasal verb's particle the parse
// reads as an adverb ("shot down 25 drones") stays with its verb ("shoots
// down 25 drones"), never dropped ("shoots 25 drones").
func TestTitleParticleReadAsAdverb(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"Norland said it shot down 25 drones overnight.", "shot", "Norland shoots down 25 drones"},
	})
}
