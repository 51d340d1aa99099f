package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleDocumentContent checks that a document or an aim as a verb's
// object keeps what it says or is for: its infinitive, even parsed as
// the verb's purpose right after it, its participle clause with the
// participle's preposition and particle, its first phrase of
// document_cases, even parsed as the verb's; never a later phrase of the
// object's, nor more than fits the headline.
func TestTitleDocumentContent(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner signed a decree on Monday to dissolve the assembly.", "signed", "Karl Brenner signs decree to dissolve assembly"},
		{"Karl Brenner rejected a proposal for a merger of the two ports.", "rejected", "Karl Brenner rejects proposal for merger of two ports"},
		{"Karl Brenner dropped plans for a street festival in the old town.", "dropped", "Karl Brenner drops plans for street festival"},
		{"Karl Brenner reiterated his refusal of deploying foreign troops.", "reiterated", "Karl Brenner reiterates refusal of deploying foreign troops"},
		{"Karl Brenner criticized the move by the mayor to close the harbour at night.", "criticized", "Karl Brenner criticizes move to close harbour"},
		{"Karl Brenner rejected the proposal by the council for a new tax on shipping.", "rejected", "Karl Brenner rejects proposal"},
	})
}

// TestTitleChargeKept checks that a charge verb keeps its charge when its
// object is a common noun naming people or a body ("accused the port
// authorities of negligence"), never a post's own "of" phrase, and that a
// charge's gerund keeps its particle and its object's preposition
// ("of presiding over a weak cabinet", "for setting up a committee").
func TestTitleChargeKept(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner accused the port authorities of negligence toward sick sailors.", "accused", "Karl Brenner accuses port authorities of negligence"},
		{"Karl Brenner accused the leader of the opposition of fraud.", "accused", "Karl Brenner accuses leader of opposition of fraud"},
		{"Karl Brenner praised the council for setting up a committee on water.", "praised", "Karl Brenner praises council for setting up committee on water"},
	})
}
