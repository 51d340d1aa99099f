package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleDescribedDoer checks that a title built from the thing an
// agreement names, of a verb or of a noun trigger, names the subject as the
// text does when only a modifier ties it to the agent ("a Norlandic
// shipping firm", "the Norlandic steel concern", not the state Norland).
func TestTitleDescribedDoer(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norlandic", "country:NOR", actor.Country, false},
		{"Ostrava", "country:OST", actor.Country, false},
	}, []headlineCase{
		{"A Norlandic shipping firm signed a contract with Ostrava on Friday.", "signed", "Norlandic shipping firm signs contract with Ostrava"},
		{"The Norlandic parliament held a session on Monday.", "session", "Norlandic parliament holds session"},
		{"The Norlandic steel concern finalised a deal with Ostrava on Friday.", "deal", "Norlandic steel concern reaches deal with Ostrava"},
		{"The Norlandic shipping firm finalised a deal with Ostrava on Friday.", "deal", "Norlandic shipping firm reaches deal with Ostrava"},
	})
}

// TestTitleVisitorParticiple checks that a visit told by a present
// participle before the visitor's own phrase ("Visiting Prime Minister
// ... Karl Brenner said") names the visitor and never the phrase's title
// as what is visited ("Karl Brenner visits Prime Minister").
func TestTitleVisitorParticiple(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Ruritania", "country:RUR", actor.Country, false},
	}, []headlineCase{
		{"Visiting Prime Minister of Ruritania Karl Brenner said on Saturday that the two countries would expand trade.", "Visiting", "Karl Brenner makes visit"},
	})
}

// TestTitleNounDoer checks that the title of an event noun whose mention
// holds no agent names the doer its own phrase gives: its possessor, its
// "by" phrase, the "from" phrase of a statement, the antecedent of a
// relative pronoun it is the predicate of; never a time possessor.
func TestTitleNounDoer(t *testing.T) {
	checkTitlesWith(t, true, nil, []headlineCase{
		{"The festival marks the anniversary of the dockworkers' uprising in 1961.", "uprising", "Dockworkers stage protest"},
		{"Traders were surprised by an announcement from the central bank in May.", "announcement", "Central bank issues statement"},
		{"Grenfield, who is on a four-day visit to Ostrava, was greeted by a crowd.", "visit", "Grenfield visits Ostrava"},
	})
}

// TestTitleShareCastsBallots checks that a noun told with its own verb in
// the plural ("cast ballots" of the entry "ballot") takes that verb's
// subject, and a share of people says whose share it is, in the plural
// ("61 percent of registered farmers cast ballots"), never "Ballots cast".
func TestTitleShareCastsBallots(t *testing.T) {
	checkTitlesWith(t, true, nil, []headlineCase{
		{"Roughly 61 percent of registered farmers have cast ballots in the council vote.", "ballots", "61 percent of registered farmers cast ballots"},
	})
}
