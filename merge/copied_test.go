package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestCopiedAcrossDays checks that a publication-dated mention joins the
// event of another day's article whose sentence it copies word for word
// (a wire story run again a day later), while the same act told in other
// words by the later article stays apart (rule 5).
func TestCopiedAcrossDays(t *testing.T) {
	o := guardOpts()
	said := func(doc, quote string) event.Mention {
		m := mention(doc, 3, event.Reject, "", "org:ardenian-council")
		m.Quote, m.Basis = quote, event.PublicationBound // "has rejected"
		return m
	}
	const wire = "The Ardenian council has rejected the demands of its neighbours to open the border crossings before the harvest."
	tests := []mergeCase{
		{
			"the copy of the day before's sentence is one act",
			[]event.Mention{said("a", wire), said("c", wire)},
			[]string{"2025-03-21 reject a,c"},
		},
		{
			"the act told in other words by the later article stays apart",
			[]event.Mention{said("a", wire), said("c", "The council of Ardenia has turned down the calls of the nearby states to open the crossings soon.")},
			[]string{"2025-03-21 reject a", "2025-03-22 reject c"},
		},
	}
	checkMerges(t, o, tests)
}

// TestCopiedWhateverActors checks that a copy of a sentence joins its
// event though the two articles resolved its words to other actors
// ("Ardena's police" to the country's police in one, to police of no
// country in the other) and though the copy, dated by its own article's
// publication, falls on another day than the event's own date.
func TestCopiedWhateverActors(t *testing.T) {
	o := guardOpts()
	const wire = "Ahead of the vote, Ardena's whole police force was mobilized and allied soldiers stood guard at every ballot box."
	deployed := func(doc, value, police string) event.Mention {
		m := mention(doc, 5, event.MilitaryDeployment, value, police)
		m.Quote, m.Trigger = wire, "mobilized"
		return with(m, event.Agent, "agent:BRD:military")
	}
	checkMerges(t, o, []mergeCase{
		{"the same day, other police: one deployment",
			[]event.Mention{deployed("a", "", "agent:ARD:police"), deployed("b", "", "agent:-:police")},
			[]string{"2025-03-21 military_deployment a,b"}},
		{"the copy a day later, dated by its publication: one",
			[]event.Mention{deployed("a", "2025-03-20", "agent:ARD:police"), deployed("c", "", "agent:-:police")},
			[]string{"2025-03-20 military_deployment a,c"}},
		{"the same act told in other words, other police: two",
			[]event.Mention{deployed("a", "", "agent:ARD:police"), func() event.Mention {
				m := deployed("b", "", "agent:-:police")
				m.Quote = "Ardena called up each of its policemen for the vote, and allied soldiers kept watch over the ballot boxes."
				return m
			}()},
			[]string{"2025-03-21 military_deployment a", "2025-03-21 military_deployment b"}},
	})
}
