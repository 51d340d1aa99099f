package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitlePlace checks that a title with no side and no place takes the
// place its sentence names, and that a title with a side or a place, or
// a sentence naming a country only by its demonym, gets none; and that a
// noun of an act keeps its "of" phrase within the phrase's bound.
func TestTitlePlace(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		// a place a quake's verb takes is its location, told by the verb (impactOf)
		{"A strong earthquake shook Kursk and surrounding areas on Friday, the agency said.", "earthquake", "Earthquake hits Kursk"},
		{"Some 5,000 people have been evacuated from Crimea since the volcano began erupting on Friday.", "erupting", "Volcano erupts in Crimea"},
		{"The first trial, which opened in Kyiv, was annulled a year ago.", "trial", "Trial opens in Kyiv"}, // its relative clause tells what became of it
		// a place in a clause of its own is not the event's
		{"The army, which has a base in Kyiv, said that a massacre of civilians took place in 1993.", "massacre", "Civilians massacred"},
		// a demonym says whose, not where
		{"A Russian helicopter crash killed nobody on Monday.", "crash", "Russian helicopter crash occurs"},
		// a side named: the title says who
		{"Putin warned Kim in Pyongyang on Friday.", "warned", "Putin warns Kim Jong Un in Pyongyang"},
		// a meeting that hangs on a verb: that verb's named subject is
		// the other side; so does a noun of people
		{"Putin raised the issue during a meeting with Kim on Monday.", "meeting", "Putin meets Kim Jong Un"},
		{"Putin raised the issue during talks with China on Monday.", "talks", "Putin holds talks with China"},
		{"The officials raised the issue during a meeting with Kim on Monday.", "meeting", "Officials meet Kim Jong Un"},
		// what a warning says, told in the present
		{"Putin warned on Friday that the rebels attacked the convoy.", "warned", "Putin warns rebels attack convoy"},
		// the other side of a meeting a common noun for people names
		{"Putin met with senior military commanders on Wednesday.", "met", "Putin meets with senior military commanders"},
		{"Putin met with the new plan on Wednesday.", "met", "Putin holds talks"},
		// a vow of effort names its aim
		{"Putin vowed on Friday to do everything possible to hunt down the killers.", "vowed", "Putin vows to hunt down killers"},
		{"Putin pledged to make every effort to end the war.", "pledged", "Putin pledges to end war"},
		// a noun of an act keeps what it is done to, when short enough
		{"Russia called on Friday for a resumption of power-sharing negotiations between the factions.", "called", "Russia calls for resumption of power-sharing negotiations"},
		{"Iran urged the release of the hostages on Friday.", "urged", "Iran urges release of hostages"},
		{"Russia called on Friday for the swift withdrawal of the heavily armed Turkish border troops.", "called", "Russia calls for swift withdrawal"},
		{"Iran urged the immediate and unconditional release of all the foreign hostages held by the militants.", "urged", "Iran urges release of foreign hostages"},
	})
}

// TestDerivedName checks which country words are derived from the
// country's name.
func TestDerivedName(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"Iraq", "Iraqi", true},
		{"Iraq", "Iraqis", true},
		{"China", "Chinese", true},
		{"United Kingdom", "British", false},
		{"Britain", "British", true},
		{"Iraq", "Iraq", false},
		{"Peru", "Lima", false},
		{"United States", "Washington", false},
	} {
		if got := derivedName(c.name, c.text); got != c.want {
			t.Errorf("derivedName(%q, %q) = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// TestTitlePossessivePlace checks that a place named in the possessive
// of a named thing ("Moscow's RTS index") is not taken for where an
// event with no participant happened, while a place that owns a common
// noun still is ("Russia's far east").
func TestTitlePossessivePlace(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Stock markets declined in early trading on Thursday, with Moscow's RTS index losing 0.16 percent.", "declined", "Stock markets decline"},
		{"A strong earthquake shook Russia's far east on Monday.", "earthquake", "Earthquake hits Russia"},
	})
}

// TestTitlePlaceOfPerson checks that a place describing a person named
// after it ("Kyiv critic John Smith") is not taken for the place of an
// event with no participant.
func TestTitlePlaceOfPerson(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The trial opened on Monday, a lawyer for Kyiv critic John Smith said.", "trial", "Trial opens"},
		{"The trial opened in Kyiv on Monday, a lawyer said.", "trial", "Trial opens in Kyiv"},
	})
}

// TestTitleContentPlace checks that an act of saying whose title does not
// tell what is said leaves out a place named only in what is said
// ("declared him a traitor for his visit to Avalon": never "issues
// statement in Avalon"), and keeps the place it is said in ("in Oslo,
// Karl Brenner declared").
func TestTitleContentPlace(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Avalon", "place:avalon", actor.Place, true},
		{"Oslo", "place:oslo", actor.Place, true},
	}, []headlineCase{
		{"Karl Brenner declared him a traitor for his visit to Avalon in protest against the vote.", "declared", "Karl Brenner issues statement"},
		{"In Oslo, Karl Brenner declared him a traitor for his visit in protest against the vote.", "declared", "Karl Brenner issues statement in Oslo"},
	})
}

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

// TestTitleEventOfPlace checks that a "which" clause after the place of
// an event noun ("the bombing in Kislovodsk, which killed three people")
// is the event's: the place does no act.
func TestTitleEventOfPlace(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The minister said two women were detained over the bombing in Kislovodsk, which killed three people and injured 12.", "killed", "Bombing kills three people"},
	})
}

// TestTitleThingOfActor checks that a place or thing an actor only
// modifies keeps its own noun ("escapes from US detention center"), never
// the actor's name for it ("escapes from United States").
func TestTitleThingOfActor(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"US", "country:USA", actor.Country, false}}, []headlineCase{
		{"A rebel commander fled from a US detention camp near the border last spring.", "fled", "Rebel commander flees from US detention camp"},
	})
}

// TestNamesWords checks that a title names a country only by its whole
// words, never inside a demonym.
func TestNamesWords(t *testing.T) {
	for _, c := range []struct {
		title, name string
		want        bool
	}{
		{"Norland will resort to sanctions", "Norland", true},
		{"Norlandic guide released", "Norland", false},
		{"Talks held", "", false},
	} {
		if got := namesWords(c.title, c.name); got != c.want {
			t.Errorf("namesWords(%q, %q) = %v, want %v", c.title, c.name, got, c.want)
		}
	}
}

// TestCountryAdjectiveNoPlace checks that the first word of a country's
// name used as its adjective ("Soviet rule") gives no place to a title
// with no participant ("in Soviet" would read garbled).
func TestCountryAdjectiveNoPlace(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	text := "After the revolt against Soviet rule, the club won four league titles."
	in := inputWith(text, []ent{{"Soviet", "country:SUN", actor.Country, false}})
	in.Parse = p.Sentence
	in.Names = map[string]string{"country:SUN": "Soviet Union"}
	if m := find(t, in, "won"); m.Title != "Club wins four league titles" {
		t.Errorf("%q: title %q, want %q", text, m.Title, "Club wins four league titles")
	}
}
