package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleReportOpening checks that a report closing the sentence tells
// its clause past an opening adverbial set off by a comma ("In 2004,
// exports of grain rose ..., the bureau said" → "... says exports of
// grain rose ..."), and from its first word when that word belongs to
// the subject ("More than 300 workers ..."); a condition opening the
// sentence still tells no plain clause.
func TestTitleReportOpening(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Jane Roe", "person:jane-roe", actor.Person, false},
	}, []headlineCase{
		{"In the first quarter, exports of grain from the port rose by a third, Jane Roe said.", "said", "Jane Roe says exports of grain from port rise by third"},
		{"As a member of the pact, the country is bound to clear its land of mines by the end of the decade, Jane Roe said.", "said", "Jane Roe says country is bound to clear its land of mines by end of decade"},
	})
}

// TestTitleLongSaid checks that a statement whose clause fits no title
// of maxTitleChars tells it within maxSaidChars rather than the bare
// "issues statement", and that shorten never cuts such a title inside
// what is said.
func TestTitleLongSaid(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Jon Smithers", "person:jon-smithers", actor.Person, false},
	}, []headlineCase{
		{`"The council will expect the firm to pledge to stop its present housing program until all the objections are answered," Coastal District Housing Board chairman Jon Smithers said.`, "said", "Jon Smithers says council will expect firm to pledge to stop present housing program"},
	})
	for _, c := range []struct{ in, want string }{
		// a cut after the verb of saying would tear what is said
		{"Northern Regional Statistics Bureau says adjusted unemployment falls to a low in the region", "Northern Regional Statistics Bureau says adjusted unemployment falls to a low in the region"},
		// no verb of saying: cut as before
		{"Northern Regional Statistics Bureau publishes adjusted unemployment figures for the spring in the region", "Northern Regional Statistics Bureau publishes adjusted unemployment figures"},
	} {
		if got := shorten(c.in); got != c.want {
			t.Errorf("shorten(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestDropDoubledSide checks that a run a lower-case word opens, told
// twice in a row, is told once ("with Acme Bank with Acme Bank"), while
// a name told twice stays.
func TestDropDoubledSide(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Acme says it is in talks with Beta Bank with Beta Bank", "Acme says it is in talks with Beta Bank"},
		{"Court sentences Sirhan Sirhan", "Court sentences Sirhan Sirhan"},
	} {
		if got := dropDoubled(c.in); got != c.want {
			t.Errorf("dropDoubled(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTitleSaidThere checks that a clause a verb of saying reports with
// no "that", opening with "there", is told in its own words, its verb
// agreeing with the noun after it ("there had been reports" → "there
// have been reports"), never the bare "issues statement".
func TestTitleSaidThere(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Jane Roe", "person:jane-roe", actor.Person, false},
	}, []headlineCase{
		{"Forestry minister Jane Roe said there had been reports of illegal logging in the northern forests.", "said", "Jane Roe says there have been reports of illegal logging in northern forests"},
	})
}
