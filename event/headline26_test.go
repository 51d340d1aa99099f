package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleNounPredicate checks that a statement whose reported clause
// has a noun for its predicate and no modal says what the subject is,
// with the noun's "of" phrases ("is main cause of death of infants"),
// in the plural for a plural subject, never the type's "issues
// statement".
func TestTitleNounPredicate(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Karl Brenner", "person:karl-brenner", actor.Person, false}}, []headlineCase{
		{"The Turkish jobless rate was 9.1 percent in March, Karl Brenner told reporters on Monday.", "told", "Karl Brenner says Turkish jobless rate is 9.1 percent"},
		{"Karl Brenner said on Monday that malaria was the main cause of death of infants in the region.", "said", "Karl Brenner says malaria is main cause of death of infants"},
		{"The virus is the main cause of death of infants in the region, Karl Brenner said in Brussels on Monday.", "said", "Karl Brenner says virus is main cause of death of infants"},
		{"Three ports were the main gateways of the grain trade, Karl Brenner said on Monday.", "said", "Karl Brenner says three ports are main gateways of grain trade"},
	})
}

// TestTitleInvertedSpeaker checks that the object after an inverted
// "said" ("..., said an expert with the bank") is who speaks, never what
// is said: no "Bank says expert".
func TestTitleInvertedSpeaker(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Norland Bank", "org:norland-bank", actor.Organization, false}}, []headlineCase{
		{"As of noon Monday, the death toll rose to 30 in the mine blast, said sources with Norland Bank.", "said", "Norland Bank says death toll rises in mine blast"},
		{"The country is increasing its investment in wind power by building new farms, said an expert with Norland Bank Thursday.", "said", "Norland Bank says country is increasing its investment in wind power"},
	})
}

// TestTitleObliqueObject checks that an object of a verb of saying whose
// phrase opens with a preposition ("said in Cape Town", the parse hanging
// "in" on "Cape") is an oblique, never what is said ("says Cape Town"):
// the clause before the report is what is said.
func TestTitleObliqueObject(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Karl Brenner", "person:karl-brenner", actor.Person, false}}, []headlineCase{
		{"The new tax plan is unworkable, Karl Brenner said in Cape Town on Tuesday.", "said", "Karl Brenner says tax plan unworkable"},
		{"The virus is the main cause of death of infants under the age of five, Karl Brenner said in Cape Town on Tuesday.", "said", "Karl Brenner says virus is main cause of death of infants"},
	})
}

// TestTitleConnectorActive checks that a clause a connector opens
// ("since the two countries normalized relations") whose verb the parse
// hangs on its noun as a participle, and which has an object of its own,
// is titled active with that object, never as a reduced passive ("Two
// countries normalized").
func TestTitleConnectorActive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The group came forward after the local authorities accused six foreign firms of fraud in the 1990s.", "accused", "Local authorities accuse six foreign firms"},
		{"Trade has grown fast since the two neighbours normalized diplomatic relations in 1990.", "normalized", "Two neighbours normalize diplomatic relations"},
	})
}
