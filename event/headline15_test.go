package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitlePassiveController checks that an infinitive on a passive verb
// has the passive subject for its own ("the minister was forced to step
// down" → "Veteran minister steps down"), never the bare type noun
// ("Resignation").
func TestTitlePassiveController(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The veteran minister was forced to step down from his posts on Monday.", "step down", "Veteran minister steps down"},
	})
}

// TestTitleOccurVerb checks that an agentless event noun that is the
// subject of a verb of occurring takes it ("the accident occurred in
// Lanzhou" → "Fatal accident occurs in Lanzhou"), and that a gathering's
// noun is "held" instead ("Talks held in Geneva").
func TestTitleOccurVerb(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The fatal accident occurred at 11 a.m. Sunday in Lanzhou.", "accident", "Fatal accident occurs"},
		{"The talks took place in Geneva on Monday.", "talks", "Talks held"},
	})
}

// TestTitleStatementParticiple checks that a statement noun keeps what
// its participle of saying other than "saying" tells, with that verb
// ("issued a statement admitting the soldiers had left the disputed area"
// → "Norland admits soldiers leave disputed area"), also when the parse
// hangs the clause on the verb the noun is the object of.
func TestTitleStatementParticiple(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, true},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Norland issued a statement on Sunday admitting the soldiers had left the disputed area.", "statement", "Norland admits soldiers leave disputed area"},
		{"Among the evidence were statements by Karl Brenner admitting that he sent thousands of dollars to the rebels.", "statements", "Karl Brenner admits he sends thousands of dollars"},
	})
}

// TestTitlePassiveDone checks that an agentless event noun that is the
// passive subject of a verb telling it done takes the participle ("a
// curfew was imposed on the village" → "Curfew imposed on village"), also
// where the parse hangs the passive on the noun as a relative clause
// ("preparatory meetings for the congress were held").
func TestTitlePassiveDone(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"A curfew was imposed on the village on Friday.", "curfew", "Curfew imposed on village"},
		{"Preparatory meetings for the congress were held last week.", "meetings", "Preparatory meetings held"},
	})
}

// TestTitleTopicPlace checks that talks whose place the text names in
// what they are about are not said held there ("talks on a border dispute
// in the Avalon Gulf" are not "in Avalon Gulf"), while a place after
// "on the sidelines" is where they meet ("meet in Oslo").
func TestTitleTopicPlace(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, true},
		{"Sudria", "country:SUD", actor.Country, true},
		{"Avalon Gulf", "place:avalon-gulf", actor.Place, true},
		{"Oslo", "place:oslo", actor.Place, true},
	}, []headlineCase{
		{"Norland and Sudria started talks on Wednesday on a border dispute in the Avalon Gulf.", "talks", "Norland and Sudria hold talks"},
		{"Norland and Sudria met on the sidelines of a summit in Oslo on Wednesday.", "met", "Norland and Sudria meet in Oslo"},
	})
}

// TestTitleSaidToObject checks that a verb of saying with whom it is said
// to and a "that" clause keeps what is said ("warned Sudria that oil
// prices would rise" → "Norland warns Sudria oil prices will rise"),
// never the bare "warns Sudria".
func TestTitleSaidToObject(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, true},
		{"Sudria", "country:SUD", actor.Country, true},
	}, []headlineCase{
		{"Norland warned Sudria that oil prices would rise sharply.", "warned", "Norland warns Sudria oil prices will rise"},
	})
}
