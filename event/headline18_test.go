package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleSaidCopula checks that what a speaker says with a copula
// reads as the headline's predicate, never "issues statement": a person's
// "he" keeps its copula in the present ("he is worried about"), an
// adjective keeps the oblique it needs ("not responsible for the
// outbreak"), a modal keeps its noun predicate ("would be a real test"),
// and a predicate the speaker follows after a comma is what is said.
func TestTitleSaidCopula(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner said on Monday he was worried about the drought.", "said", "Karl Brenner says he is worried about drought"},
		{"Karl Brenner said that the virus was not responsible for the outbreak.", "said", "Karl Brenner says virus not responsible for outbreak"},
		{"Karl Brenner said that the coming vote would be a real test.", "said", "Karl Brenner says coming vote would be real test"},
		{"The new tax plan is unworkable, Karl Brenner said on Monday.", "said", "Karl Brenner says tax plan unworkable"},
	})
}

// TestTitleSaidPassiveInfinitive checks that what is said keeps what
// completes its verb: a passive its infinitive ("is scheduled to open"),
// a verb with no object its first oblique ("died of the fever", "would
// remain in the province"); a participle with no auxiliary is no verb of the
// clause, and a passive an adverb's mark opens is said by no one.
func TestTitleSaidPassiveInfinitive(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner said the mayor was scheduled to open the bridge.", "said", "Karl Brenner says mayor scheduled to open bridge"},
		{"Karl Brenner said on Monday that the soldiers had been ordered to leave the town.", "said", "Karl Brenner says soldiers ordered to leave town"},
		{"Karl Brenner said on Monday that 300 sheep had died of the fever.", "said", "Karl Brenner says 300 sheep die of fever"},
		{"Karl Brenner said on Monday that the observers would remain in the province.", "said", "Karl Brenner says observers will remain in province"},
	})
}

// TestTitleHarmConjoined checks that the cause "killed and injured"
// names, in the phrase the parse hangs on the last verb, does the harm
// told first to its subject ("Bus crash kills six people"), never only
// the last ("injures 20") nor a bare noun.
func TestTitleHarmConjoined(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Six people were killed and 20 injured in a bus crash on Monday.", "crash", "Bus crash kills six people"},
		{"Two farmers were killed and three others were injured in a road accident on Monday.", "accident", "Road accident kills two farmers"},
	})
}

// TestTitleTollRise checks that an agentless event whose death toll the
// clause says rose to a figure is titled by that rise ("Death toll from
// gas explosion rises to 23"), never the bare noun.
func TestTitleTollRise(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The death toll from a gas explosion at a coal mine has risen to 23, officials said on Monday.", "gas explosion", "Death toll from gas explosion rises to 23"},
		{"The death toll in the flood climbed to 60 on Tuesday.", "flood", "Death toll in flood climbs to 60"},
	})
}

// TestTitleDiedIn checks that the cause a verb of dying names in its "in"
// phrase kills the verb's subject ("Landslide kills three hikers", "Ambush kills four fishermen"), never
// a bare noun.
func TestTitleDiedIn(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Three hikers died in a landslide on Sunday.", "landslide", "Landslide kills three hikers"},
		{"Four fishermen died in an ambush near the port.", "ambush", "Ambush kills four fishermen"},
	})
}

// TestTitleSaidGerundDay checks that what is said keeps a gerund its verb
// takes ("will start accepting applications") and is found where the
// parse makes the day of the verb of saying the mark of the clause
// ("announced Thursday Norland was forming ...").
func TestTitleSaidGerundDay(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Norland Credit Services", "org:norland-credit-services", actor.Organization, false},
	}, []headlineCase{
		{"Karl Brenner said on Monday that Norland will start accepting visa applications.", "said", "Karl Brenner says Norland will start accepting visa applications"},
		{"Norland Credit Services (NCS) announced Thursday it was forming a three-year partnership with a German firm.", "announced", "Norland Credit Services announces it forms three-year partnership"},
	})
}

// TestTitleSaidClosing checks that a verb of saying that closes the
// sentence reports its main clause even where the parse hangs it on the
// last clause before it ("... when a fire ravaged the market, Karl
// Brenner announced"), and that what is said is told by its verb, not by
// its subject's participle the parse took for the root ("explosives
// strapped to a bicycle were detonated": treerepair_participle.go).
func TestTitleSaidClosing(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"The mayor is to honour three firemen who saved the old church when a fire ravaged the town's market, Karl Brenner announced on Sunday.", "announced", "Karl Brenner announces mayor to honour three firemen"},
		{"Four warships have entered waters claimed by Norland in the northern islands and the navy will send a patrol, Karl Brenner said on Tuesday.", "said", "Karl Brenner says four warships enter waters"},
		{"Explosives strapped to a bicycle were detonated near a police station but caused no casualties, Karl Brenner said on Tuesday.", "said", "Karl Brenner says explosives detonated near police station"},
	})
}

// TestTitleSaidGerundSubject checks that a gerund clause the subject of
// what is said is said whole, its object and oblique kept ("Karl Brenner
// says building the dam without Norland would be risky"), never "issues
// statement".
func TestTitleSaidGerundSubject(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Building the dam without Norland would be risky, Karl Brenner said on Wednesday.", "said", "Karl Brenner says building dam without Norland would be risky"},
		{"Karl Brenner said that discussing water security without Norland would be pointless.", "said", "Karl Brenner says discussing water security without Norland would be pointless"},
	})
}

// TestTitleAppealedTo checks that an appeal to those no actor names keeps
// them and what they are asked to do ("Karl Brenner appeals to aid
// agencies to send food"), never the bare "appeals" nor "appeals to send
// food".
func TestTitleAppealedTo(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner appealed to the international community to back the new government.", "appealed", "Karl Brenner appeals to international community to back government"},
		{"Karl Brenner appealed to the aid agencies to send more food.", "appealed", "Karl Brenner appeals to aid agencies to send more food"},
	})
}

// TestTitleSaidFuture checks that the future of a past report reads in a
// headline's present ("said it would buy" → "says it will buy"), while a
// judgement ("would be a real test") and a condition ("would sue if talks
// failed") keep their "would".
func TestTitleSaidFuture(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner said on Monday that he would sell the company.", "said", "Karl Brenner says he will sell company"},
		{"Karl Brenner said on Monday that the union would sue the firm if talks failed.", "said", "Karl Brenner says union would sue firm"},
	})
}
