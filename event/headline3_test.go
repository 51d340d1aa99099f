package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
)

// TestHeadlines3 checks the headline rules of the third titles work on
// made-up sentences with the pipeline's parse: a hyphenated word is kept
// whole, a count is kept before a generic group's name, a passive clause
// of a verb of saying takes the object the parse gives that verb as its
// patient, and a capital a preposition attaches is the city where the
// text names it as a place.
func TestHeadlines3(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		// a hyphenated modifier stays whole, whatever relation the parse
		// gives its first half ("first" is a vague modifier alone)
		{"Turnout was low in the first-round polling on Sunday.", "polling", "First-round polling held"},
		{"Putin praised a China-brokered agreement on Tuesday.", "praised", "Putin praises China-brokered agreement"},
		// the count the text gives a generic group stays
		{"The army killed nine rebels in Kursk on Friday.", "killed", "Army kills nine rebels in Kursk"},
		{"Police said nine gunmen who were captured by the army were sentenced to seven years in Kursk.", "sentenced", "Nine gunmen sentenced to seven years in Kursk"},
		{"The latest seizure came after nine gunmen who were captured early this year by the army were sentenced for seven years in Kursk for piracy.", "sentenced", "Nine gunmen sentenced in Kursk"},
		// a participle used as an adjective of its patient
		{"The corpses of the first two murdered prostitutes, Anna Ivanova and Maria Petrova, were found on December 2.", "murdered", "Two prostitutes murdered"},
		{"The corpses of the first two murdered soldiers were found in Kursk on December 2.", "murdered", "Two soldiers murdered in Kursk"},
		// a verb parsed as a relative clause of its subject
		{"Inflation in Russia has been rising since the beginning of the year, pushed up by higher oil prices.", "rising", "Inflation rises in Russia"},
		// the cause a passive verb of harm names does the harm
		{"Only last month, 16 miners were killed in a gas explosion at a colliery.", "gas explosion", "Gas explosion kills 16 miners"},
		{"March was the deadliest month since May, when 90 Russian troops died, 25 of them in a helicopter crash.", "crash", "Helicopter crash occurs"},
		// what a pledge says, with its modal, as a warning's
		{"Putin pledged on Friday that his government will take up all its responsibilities.", "pledged", "Putin pledges government will take up responsibilities"},
		// a verb of saying alone reads truncated: its own phrase, not its
		// type's ("issues statement", "issues threat")
		{"Putin warned on Friday.", "warned", "Putin issues warning"},
		// a warning of a state of affairs is a statement: its title tells what is warned
		{"Putin warned on Friday that the war was not over.", "warned", "Putin warns war is not over"},
		{"Putin warned Kim on Friday.", "warned", "Putin warns Kim Jong Un"},
		// a participle describing the object is no clause the object needs
		{"Russia imposed a blockade and deported Ukrainians accused of staying in Kursk illegally.", "deported", "Russia deports Ukrainians"},
		// the agent's own light verb with its noun, not the type's phrase
		{"Russian President Vladimir Putin on Monday announced a cabinet reshuffle, dismissing three ministers.", "reshuffle", "Putin announces cabinet reshuffle"},
		// an appeal names what it calls for before the purpose
		{"Iran called on Friday for early elections to resolve the political standoff in Ukraine.", "called", "Iran calls for early elections to resolve political standoff"},
		// a relative pronoun the parse hangs on a noun for no people
		// ("memories") stands for the name right before its comma
		{"They have also revived memories of the Kursk Ripper, who preyed on prostitutes and murdered 13 women and attacked seven others between 1975 and 1980.", "attacked", "Kursk Ripper attacks seven others"},
		// and for no noun for things
		{"They have also revived memories of the old mill, who preyed on prostitutes and attacked seven others between 1975 and 1980.", "attacked", "Seven others attacked"},
		// a thing's noun with no actor takes its clause's subject
		{"Fishing communities in the southern state of Kursk on Saturday reached an agreement with oil companies to restart operations.", "agreement", "Fishing communities reach agreement in Kursk"},
		// a verb entry the parse reads as a noun: its noun phrase
		{"An official said the jet \"crash near the fence of the airfield at 6:10 in the morning.\"", "crash", "Jet crash occurs"},
		// a verb with no object keeps the figure it reached (the test
		// actors know the agency, not the index: the index it names moves)
		{"The Tass stock index closed at 1,114.92 points on Friday, up 1.54 points from the previous close.", "closed", "Tass stock index closes at 1,114.92 points"},
		// a purpose clause shares its main clause's subject
		{"Angry residents flooded the streets on Friday to protest the attacks, denouncing NATO.", "denouncing", "Angry residents denounce NATO"},
	})
	// "Moscow" told as a place, then as the state's capital after "on"
	p, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	text := "Bombings killed 150 people in Moscow on Thursday. NATO imposed a curfew on Moscow on Friday."
	in := input(text)
	in.Parse = p.Sentence
	for i, a := range in.Actors {
		if a.Text == "Moscow" && a.Start > len("Bombings killed 150 people in Moscow") {
			in.Actors[i].ActorID, in.Actors[i].Kind, in.Actors[i].Location = "country:RUS", "country", false
		}
	}
	if m := find(t, in, "curfew"); m.Title != "NATO imposes curfew on Moscow" {
		t.Errorf("%q: title %q, want %q", text, m.Title, "NATO imposes curfew on Moscow")
	}
}
