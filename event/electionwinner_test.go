package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// electionActors are the made-up contestants and states of the election
// tests.
var electionActors = []ent{
	{"Maria Lopez", "person:maria-lopez", actor.Person, false},
	{"Labour Party", "org:labour-party", actor.Organization, false},
	{"Norland", "country:NOR", actor.Country, false},
	{"US", "country:USA", actor.Country, false},
	{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	{"Green Party", "org:green-party", actor.Organization, false},
}

// TestElectionWinnerAgent: the person or party that wins an election
// noun is its agent, the state named on the noun where it is held
// (contestedBy); with no such contestant the state stays the agent.
func TestElectionWinnerAgent(t *testing.T) {
	checkRolesWith(t, electionActors, []roleCase{
		{"Maria Lopez won the US presidential election on Tuesday, defeating her rival.", "election", "agent=person:maria-lopez location=country:USA"},
		{"The Labour Party won a landslide victory in Norland's general election on Thursday.", "election", "agent=org:labour-party location=country:NOR"},
		{"The US presidential election was held on Tuesday.", "election", "agent=country:USA"},
	})
}

// TestTitleElectionWon: an election won in its oblique ("won a landslide
// in the election") reads "wins election", never "holds election".
func TestTitleElectionWon(t *testing.T) {
	checkTitlesWith(t, false, electionActors, []headlineCase{
		{"The Labour Party won a landslide victory in Norland's general election on Thursday.", "election", "Labour Party wins election in Norland"},
	})
}

// TestElectionRival: the rival a winner beat is the election's
// counterpart: the object of the defeat verb the noun is the oblique of,
// or of a defeat verb with no subject joined to the win verb (rivals);
// the headline still says who won.
func TestElectionRival(t *testing.T) {
	checkRolesWith(t, electionActors, []roleCase{
		{"Maria Lopez won the US presidential election on Tuesday, defeating Karl Brenner.", "election", "agent=person:maria-lopez counterpart=person:karl-brenner location=country:USA"},
		{"The Labour Party defeated the Green Party in Norland's general election on Thursday.", "election", "agent=org:labour-party counterpart=org:green-party location=country:NOR"},
	})
	checkTitlesWith(t, false, electionActors, []headlineCase{
		{"The Labour Party defeated the Green Party in Norland's general election on Thursday.", "election", "Labour Party wins election in Norland"},
	})
}

// TestElectedAgent: the one elected in the passive is the election's
// agent, as its winner; the body elected to is no party.
func TestElectedAgent(t *testing.T) {
	checkRolesWith(t, electionActors, []roleCase{
		{"Maria Lopez was elected president of Norland on Sunday.", "elected", "agent=person:maria-lopez"},
		{"Karl Brenner was elected to the Labour Party on Sunday.", "elected", "agent=person:karl-brenner"},
	})
}

// TestElectedTitle: the winner a passive names heads its headline as the
// one elected, even when the subject is shared with a verb of beating.
func TestElectedTitle(t *testing.T) {
	checkTitlesWith(t, false, electionActors, []headlineCase{
		{"Maria Lopez beat three rivals and was elected on Sunday.", "elected", "Maria Lopez elected"},
	})
}
