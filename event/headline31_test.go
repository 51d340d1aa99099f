package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleSideOfBody checks that a body named by a common noun with its
// country's "of" or "from" phrase ("the delegation of Norland") keeps
// whose body it is, never the bare noun ("Delegation arrives").
func TestTitleSideOfBody(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Sudan", "country:SDN", actor.Country, false},
	}, []headlineCase{
		{"The delegation of Norland arrived in Sudan on Monday.", "arrived", "Delegation of Norland arrives in Sudan"},
		{"A trade team from Norland arrived in Sudan late on Monday.", "arrived", "Trade team from Norland arrives in Sudan"},
		{"The government of Norland condemned the raid on Friday.", "condemned", "Government of Norland condemns raid"},
	})
}

// TestTitleStrayParticle checks that a particle the parse gives a verb
// past another of its phrases ("won 12 seats out of 90 up for grabs") is
// left out, never said right after the verb ("wins up 12 seats"); one
// right after its verb stays.
func TestTitleStrayParticle(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The Farmers Party won 12 seats out of 90 up for grabs in the vote.", "won", "Farmers Party wins 12 seats"},
		{"Gunmen blew up a small bridge near the village.", "blew up", "Gunmen blow up small bridge"},
	})
}

// TestTitleCompoundObject checks that an object the parse splits at a
// compound into two objects of its verb ("raised the prime lending rate"
// read as "lending" and "rate") keeps its head, never cut before it
// ("raises prime lending").
func TestTitleCompoundObject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Last month, the bank's policy board moved to raise the federal funds rate to 4.5 percent.", "raise", "Policy board raises federal funds rate"},
	})
}

// TestTitleAgreedToMerge checks that a plural subject agreeing to a verb
// it completes ("agreed to merge") keeps that verb, with a purpose
// phrase only whole ("in a bid to form ..."), never the type's generic
// phrase ("pledge cooperation").
func TestTitleAgreedToMerge(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Alder Bank", "organization:alder", actor.Organization, false},
		{"Birch Trust", "organization:birch", actor.Organization, false},
	}, []headlineCase{
		{"Alder Bank and Birch Trust agreed on Monday to merge in a bid to form a larger lender.", "agreed", "Alder Bank and Birch Trust agree to merge in bid to form larger lender"},
		{"Alder Bank and Birch Trust have agreed to merge.", "agreed", "Alder Bank and Birch Trust agree to merge"},
	})
}

// TestTitleInABid checks that an "in a bid" phrase after an infinitive is
// said with the aim its own infinitive gives ("to join in a bid to end
// the feud"), never cut to "in bid"; a definite aim noun ("join in the
// initiative") is no such purpose.
func TestTitleInABid(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner called on Norland to join in a bid to settle the border feud.", "called", "Karl Brenner calls on Norland to join in bid to settle border feud"},
	})
}

// TestTitleGerundPatient checks that a killing told by a gerund after
// "of" or "for" with people for its object ("accused of killing a
// teacher") is titled by them ("Retired teacher killed"), never the bare
// "Killing"; after "by", the "-ing" word describes its noun ("by invading
// troops") and names no patient.
func TestTitleGerundPatient(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Two brothers are accused of killing a retired teacher in her garden.", "killing", "Retired teacher killed"},
		{"Police are hunting a gang suspected of killing two night guards.", "killing", "Two night guards killed"},
	})
}

// TestTitleChangeIn checks that an event noun with no side in the "in"
// phrase of a change that is a verb too ("a fall in net earnings to 300
// million kroner") is titled by that change and the figure it reaches,
// never the bare noun phrase ("Net profit").
func TestTitleChangeIn(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The weak year came after a fall in net profit to 300 million Danish kroner.", "profit", "Net profit falls to 300 million Danish kroner"},
	})
}

// TestTitleAmountIn checks that a sum of money a verb takes for its object
// keeps the "in" phrase after it that says what the money is in ("recorded
// 2.1 billion dollars in trade with Peru"), never the bare sum.
func TestTitleAmountIn(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Peru", "country:PER", actor.Country, false},
	}, []headlineCase{
		{"Norland recorded 2.1 billion dollars in trade with Peru over the year.", "recorded", "Norland records 2.1 billion dollars in trade with Peru"},
	})
}
