package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestCoordinatedModifiers: adjectives coordinated by "and" before a noun
// each name a party of the phrase ("French and Russian investigators
// questioned …": France and Russia); a name set off by a comma in
// parentheses is no second party.
func TestCoordinatedModifiers(t *testing.T) {
	extra := []ent{{"French", "country:FRA", actor.Country, false}, {"Turkish", "country:TUR", actor.Country, false}}
	checkRolesWith(t, extra, []roleCase{
		{"French and Russian investigators jointly questioned the two suspects on Monday.", "questioned", "agent=country:FRA agent=country:RUS"},
		{"Both Turkish and Russian officials have accused the rebels of stalling the talks.", "accused", "agent=country:RUS agent=country:TUR target=agent:-:rebels"},
		{"Russian investigators questioned the two suspects on Monday.", "questioned", "agent=country:RUS"},
	})
}

// TestSanctionsBody: a body named before sanctions imposes them ("the UN
// sanctions", "EU sanctions"): agent, not target.
func TestSanctionsBody(t *testing.T) {
	extra := []ent{{"UN", "org:un", actor.Organization, false}, {"EU", "org:eu", actor.Organization, false}}
	checkRolesWith(t, extra, []roleCase{
		{"Iran flouted the UN sanctions on Monday.", "sanctions", "agent=org:un"},
		{"Under EU sanctions, flights to Minsk are banned.", "sanctions", "agent=org:eu"},
	})
}

// TestNamedMember: persons named in apposition to a singular noun whose
// own actor is a group of no name ("ex-Soviet army officer Oleg Kovalev")
// are those persons, not the group; a plural noun stays the group.
func TestNamedMember(t *testing.T) {
	extra := []ent{
		{"ex-Soviet army officer", "agent:SUN:military", actor.Organization, false},
		{"ex-Soviet army officers", "agent:SUN:military", actor.Organization, false},
		{"Oleg Kovalev", "person:kovalev", actor.Person, false},
		{"Ivan Sokolov", "person:sokolov", actor.Person, false},
	}
	checkRolesWith(t, extra, []roleCase{
		{"Putin met with ex-Soviet army officer Oleg Kovalev and ex-KGB officer Ivan Sokolov at a hotel in Kursk.", "met",
			"agent=person:putin counterpart=person:kovalev counterpart=person:sokolov location=place:kursk"},
		{"Putin met with ex-Soviet army officers at a hotel in Kursk on Monday.", "met", "agent=person:putin counterpart=agent:SUN:military location=place:kursk"},
	})
}

// TestMembersOfBody: party nouns "of" plural members "of" a body stand for
// that body ("a delegation of senior members of the Sunrise Party": the
// party).
func TestMembersOfBody(t *testing.T) {
	extra := []ent{{"Sunrise Party", "org:sunrise", actor.Organization, false}}
	checkRolesWith(t, extra, []roleCase{
		{"Xi met with a delegation of senior members of the Sunrise Party on Monday.", "met", "agent=person:xi counterpart=org:sunrise"},
	})
}
