package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleSaidVagueObject checks that a reported clause whose object is
// a vague noun with its determiner ("has fled the country") keeps that
// noun after a verb nothing else completes ("flees country"), never
// "issues statement"; a verb an oblique completes keeps the clause out.
func TestTitleSaidVagueObject(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Marta Olsen", "person:marta-olsen", actor.Person, false},
		{"Tomas Brekke", "person:tomas-brekke", actor.Person, false},
	}, []headlineCase{
		{"Exiled opposition chief Tomas Brekke has fled the country, interior ministry spokeswoman Marta Olsen told reporters on Sunday.", "told", "Marta Olsen says Tomas Brekke flees country"},
	})
}

// TestTitleSaidGerundAfterTo checks that a reported clause whose verb
// takes a gerund after the preposition "to" keeps that "to" ("contributes
// to securing"), never the garbled "contributes securing", while a plain
// infinitive stays as it was.
func TestTitleSaidGerundAfterTo(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Marta Olsen", "person:marta-olsen", actor.Person, false}}, []headlineCase{
		{"The coastal patrol pact contributes to securing the northern fisheries, Fisheries Minister Marta Olsen said on Sunday.", "said", "Marta Olsen says coastal patrol pact contributes to securing northern fisheries"},
		{"The coastal patrol pact will help to secure the northern fisheries, Fisheries Minister Marta Olsen said on Sunday.", "said", "Marta Olsen says coastal patrol pact will help to secure northern fisheries"},
	})
}

// TestTitleSaidPrepositionalPredicate checks that a reported clause whose
// predicate is a prepositional noun with a phrase of its own ("are among
// the bidders for the carrier", "is under threat from a weed") still says
// what is said, never "issues statement".
func TestTitleSaidPrepositionalPredicate(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Marta Olsen", "person:marta-olsen", actor.Person, false}}, []headlineCase{
		{"The northern wetlands are under grave threat from an invasive reed, Environment Minister Marta Olsen warned on Sunday.", "warned", "Marta Olsen warns northern wetlands under grave threat from invasive reed"},
	})
}
