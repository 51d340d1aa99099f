package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleOutcomePlace checks that an agentless noun whose clause tells
// what became of it ("a fire broke out") says where, when no named place
// does: the outcome verb's "in" or "at" phrase, never a bare "Fire breaks
// out"; a one-word place ("in the hall") says nothing and stays out.
func TestTitleOutcomePlace(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Pupils were sent home when a fire broke out at the Green Hill secondary school.", "fire", "Fire breaks out at Green Hill secondary school"},
		{"A blaze broke out in a crowded textile factory, officials said.", "blaze", "Blaze breaks out in crowded textile factory"},
		{"A fire broke out in the hall, officials said.", "fire", "Fire breaks out"},
	})
}

// TestTitleRelationComplement checks that a bare object that is a noun
// of a relation (complement_nouns: "links", "role", "responsibility")
// keeps the phrase naming what it relates to, with that phrase's "of"
// phrase or owner, never "denies role" in nothing.
func TestTitleRelationComplement(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Venezuela has denied any links to the bombing of the pipeline.", "denied", "Venezuela denies links to bombing of pipeline"},
		{"The militia strongly denied any role in Moreno's abduction.", "denied", "Militia denies role in Moreno's abduction"},
		{"The ministry denied any responsibility for the collapse of the bridge.", "denied", "Ministry denies responsibility for collapse of bridge"},
	})
}

// TestTitleParticipleAgent checks that an agentless noun whose
// participle right after it names who did it in a "by" phrase ("the
// invasion, led by ...") titles with that agent, also when the parse
// hangs the participle on the clause's verb, never the bare "Invasion"
// of a place.
func TestTitleParticipleAgent(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{{"Kuwait", "country:KWT", actor.Country, false}, {"Iraq", "country:IRQ", actor.Country, false}}
	for _, c := range []struct{ text, trigger, want string }{
		{"The Kuwait invasion, launched by Iraq, began a long crisis.", "invasion", "Iraq invades Kuwait"},
		{"Analysts said that the legacy of the Kuwait invasion, led by Iraq but backed by others, is still felt.", "invasion", "Iraq invades Kuwait"},
	} {
		in := inputWith(c.text, ents)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitleAdjectiveWhere checks that a market's close with the state it
// ends in titles with that state when the adjective's only other phrases
// say where or what came with it ("on the Frankfurt market", "with the
// index rising"), never the type's bare "move".
func TestTitleAdjectiveWhere(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Spanish stocks ended lower on Monday on the Madrid market.", "ended", "Spanish stocks end lower"},
		{"Share prices closed sharply higher on Monday with the main index rising 20 points.", "closed", "Share prices close higher"},
		// a "with" phrase the parse hangs apart from its participle
		{"The Paris bourse ended higher on Monday with the CAC-40 index gaining 1.1 percent.", "ended", "Paris bourse ends higher"},
	})
}

// TestTitleThingNoContent checks that a thing that moves titles with its
// own verb when the parse gives the verb a clause that is no content of
// it (a participle "owing to", a clause after "after"), never the type's
// bare "move".
func TestTitleThingNoContent(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Wheat prices have since fallen owing largely to a record harvest.", "fallen", "Wheat prices fall"},
		// a state it ends in that the title cannot say leaves the type's verb
		{"Spanish stocks ended lower on Monday in thin trading.", "ended", "Spanish stocks move"},
		{"Share prices rebounded Wednesday after the central bank was forced to lift its controls.", "rebounded", "Share prices rebound"},
	})
}

// TestTitleNounSite checks that an agentless noun titles with the site
// its own "at" phrase names ("a blast at the cement plant"), never a bare
// "Blast", and leaves out a site whose compound the parse splits.
func TestTitleNounSite(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"A gas explosion at the Liming colliery killed nine miners on Monday.", "gas explosion", "Gas explosion at Liming colliery kills nine miners"},
		{"A fire at a crowded textile factory killed 12 workers on Monday.", "fire", "Fire at crowded textile factory kills 12 workers"},
	})
}

// TestTitleNounSiteSplit checks that a site whose compound the parse
// splits ("at the Hongling coal mine" with "coal" the head) is left out
// of the title rather than cut ("at Hongling coal").
func TestTitleNounSiteSplit(t *testing.T) {
	text := "A gas explosion at the Hongling coal mine killed 11 miners on Friday."
	for _, m := range Extract(parsed(t, text)) {
		if strings.HasSuffix(m.Title, " coal") || strings.Contains(m.Title, " coal ") && !strings.Contains(m.Title, "coal mine") {
			t.Errorf("%q: title %q cuts the site's compound", text, m.Title)
		}
	}
}

// TestTitleRelativeConjunct checks that a verb the parse makes a
// conjunct of a passive relative clause ("X, who was interviewed by
// radio, denied") has for subject the noun the clause modifies, never
// the relative pronoun's empty place ("Statement").
func TestTitleRelativeConjunct(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Moreno, who was questioned by reporters at the airport, angrily denied the rumours.", "denied", "Moreno denies rumours"},
	})
}
