package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleRootParticiple checks that a type done to no one whose verb the
// parse hangs as a participle on the sentence's root noun takes that noun
// as its subject, with its figure.
func TestTitleRootParticiple(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Gasoline prices plunged by 11.1 percent in October.", "plunged", "Gasoline prices plunge by 11.1 percent"},
		// a type done to its noun keeps the participle
		{"Videos showed two North Korean soldiers captured fighting in Kursk.", "captured", "Two North Korean soldiers captured in Kursk"},
	})
}

// TestTitleComplementClause checks that a noun's complement clause with
// its own subject is no participle describing that noun.
func TestTitleComplementClause(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The talks on Monday dealt with the fact that thousands of soldiers are being killed in Kursk.", "killed", "Thousands of soldiers killed in Kursk"},
	})
}

// TestTitleConnectorClause checks that a clause after a connector the
// parse reads as a noun with its participle ("after US-led forces
// invaded") is told in the present with its subject, not as a passive.
func TestTitleConnectorClause(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Iraqis were worse off than under Saddam Hussein, ousted from power after US-led forces invaded in March 2003.", "invaded", "US-led forces invade"},
	})
}

// TestTitleConnectorPassive checks that a passive the parse leaves with
// no subject, the phrase after its connector taken for an oblique ("after
// their match ... was postponed"), takes that phrase as its patient.
func TestTitleConnectorPassive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Liverpool will play Arsenal on January 9 after their match on Tuesday was postponed due to heavy fog.", "postponed", "Match postponed"},
	})
}

// TestTitleFrontedParticiple checks that a past participle clause with no
// subject of its own, before its head, is done to its head's subject
// ("Arrested by Putin in December, Navalny died" → "Putin arrests
// Navalny"), never "Putin makes arrests" or the bare "Arrest".
func TestTitleFrontedParticiple(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Arrested by Putin in December, Navalny died two months later.", "Arrested", "Putin arrests Navalny"},
		{"Arrested in December, Navalny died two months later.", "Arrested", "Navalny arrested"},
	})
}

// TestTitleByAgentParticiple checks that a participle whose by-phrase
// names the agent reads active, the noun it modifies its object, the
// by-phrase its only subject ("in breach of the quotas agreed by Norway"
// → "Norway agrees quotas"; "defying a decree signed by Paraguay's
// Congress" → "Congress signs decree"), never "Breach agreed" nor an
// agent of the main verb.
func TestTitleByAgentParticiple(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, trigger string
		ents          []ent
		want          string
	}{
		{"Iceland said the fleet kept fishing in breach of the quotas agreed by Norway last year.", "agreed", []ent{
			{"Iceland", "country:ISL", actor.Country, false},
			{"Norway", "country:NOR", actor.Country, false},
		}, "Norway agrees quotas"},
		{"Bolivia vowed Thursday to keep its claim, defying a recent decree signed by Paraguay's Congress.", "signed", []ent{
			{"Bolivia", "country:BOL", actor.Country, false},
			{"Paraguay", "country:PRY", actor.Country, false},
			{"Congress", "org:paraguay-congress", actor.Organization, false},
		}, "Congress signs decree"},
	} {
		in := inputWith(c.text, c.ents)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q (%v)", c.text, m.Title, c.want, m.Participants)
		}
	}
}

// TestTitleParticipleMisread checks that a verb the parse makes a
// participle of a noun reads active in the present, with its particle,
// when it moves a thing or takes no object ("and its sales in 2004 edged
// up by 3 percent" → "Sales edge up by 3 percent", "the two sides clashed
// on the outskirts" → "Two sides clash"), never "Sales edged".
func TestTitleParticipleMisread(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Fujian sold 210 million dollars of toys in 2003, a rise of 9.1 percent, and its sales in 2004 edged up by 3 percent.", "edged", "Sales edge up by 3 percent"},
		{"The two sides clashed on the outskirts of the town.", "clashed", "Two sides clash"},
	})
}

// TestTitlePastVerbOnModifier checks that a simple past form no
// participle shares, which the parse hangs as a clause on a noun inside
// the subject ("Trade volume between the two countries rose" with "rose" on
// "countries"), takes the whole phrase's head as its subject ("Trade
// volume rises ..."), never "Market movement".
func TestTitlePastVerbOnModifier(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Trade volume between the two countries rose from 200 million dollars in 2003 to 310 million dollars in 2004.", "rose", "Trade volume rises to 310 million dollars"},
	})
}

// TestTitleUnaccusativeParticiple checks that a verb with no passive the
// parse reads as a participle of its noun says what the noun did ("Some
// 20 houses collapsed ... , and power was cut off" parsed with
// "collapsed" modifying "houses" → "20 houses collapse"), never the
// past-tense-like "20 houses collapsed".
func TestTitleUnaccusativeParticiple(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Some 20 houses collapsed in the village when the storm took place at noon, and power to part of the village was cut off, officials said.", "collapsed", "20 houses collapse"},
	})
}

// TestTitleParticipleOfEvent checks that a participle the parse hangs on
// a phrase inside an event noun's is done to that phrase, never to the
// event ("the trial of a suspect detained in Cuba" → "Suspect
// detained").
func TestTitleParticipleOfEvent(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"A judge halted the trial of a Canadian terror suspect detained at the naval base in Cuba on Monday.", "detained", "Canadian terror suspect detained"},
	})
}

// TestTitleAsyndeticParticiple checks that a participle after a name and
// a comma, parsed as a second verb of the sentence with nothing of its
// own, is done to that name ("comparisons with John Smith, convicted of
// the deaths" → "John Smith convicted"), never to the sentence's subject.
func TestTitleAsyndeticParticiple(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The film drew comparisons with the killer John Smith, convicted of the deaths of 10 women in 1981.", "convicted", "Killer John Smith convicted"},
	})
}

// TestTitleSpanByPhrase checks that a passive's "by" phrase naming a span
// of time is no agent ("was postponed by a month" → "National celebration
// of Heritage Day postponed", never "Month postpones national
// celebration").
func TestTitleSpanByPhrase(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Last week's national celebration of Heritage Day was postponed in Ghana by a month.", "postponed", "National celebration of Heritage Day postponed"},
	})
}

// TestTitleParticipleSubject checks that a present participle with no
// subject of its own takes the subject a headline needs from its tree:
// the noun it modifies ("with exports to Asia jumping 30 percent" →
// "Exports jump 30 percent"), the people right before it ("rules for
// Russians visiting Finland" → "Russians visit Finland"), and, for a gerund
// clause "by", "after" or "while" opens, its main clause's subject
// ("Portugal won the cup by defeating Greece" → "Portugal defeats
// Greece"), never the type's noun ("Sport result with Greece"). An event
// noun the parse reads as a participle ("the Amar killing") is no clause.
func TestTitleParticipleSubject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The carmaker sold 500,000 cars in 1998, with exports to Asia jumping 30 percent.", "jumping", "Exports jump 30 percent"},
		{"Portugal lived up to their billing by defeating Greece 3-1 in the final on Sunday.", "defeating", "Portugal defeats Greece 3-1"},
		{"The minister eased travel restrictions for Russians visiting Finland before holding talks in April.", "visiting", "Russians visit Finland"},
	})
}

// TestTitlePassiveLabelledActive checks that a passive the parse gives
// an active subject ("since" read as a subordinator: "its government has
// since been boycotted by Norland") still reads with its by-phrase as the
// subject and its patient as the object, never "Government boycotts" or a
// bare "Norland boycotts".
func TestTitlePassiveLabelledActive(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, true},
	}, []headlineCase{
		{"The movement won the election in May, but its government has since been boycotted by Norland.", "boycotted", "Norland boycotts government"},
	})
}

// TestTitleGappedPassive checks that a past form coordinated after a
// passive verb whose auxiliary it shares is passive too ("300 convicts
// were executed and 1,200 sentenced to death" → "1,200 sentenced to
// death", the sentence kept since sentencedTo), never read as its
// subject's act ("1,200 sentence").
func TestTitleGappedPassive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The report counts a rise since 2001, when 300 convicts were executed and 1,200 sentenced to death.", "sentenced", "1,200 sentenced to death"},
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

// TestTitleThatActive checks that a participle the parse hangs on the
// noun before it, opening a "that" clause of its own ("the court on
// Thursday ruled that ..."), is active, its noun the one who rules and
// the clause what it rules, never the reduced passive "High Court
// ruled".
func TestTitleThatActive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Israel's High Court on Thursday ruled that the army must halt demolitions in the village.", "ruled", "High Court rules army must halt demolitions"},
	})
}

// TestTitleGapActive checks that a participle the parse hangs on a noun
// right after a common noun with its own determiner ("the defence pact
// both countries signed") is a relative clause with no "that": the
// noun is its agent, the noun before it its object ("Both countries
// sign defence pact", never "Countries signed"), while a preposition's
// noun keeps the reduced passive.
func TestTitleGapActive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The new deal differs from the defence pact both countries signed in 1998, an official said.", "signed", "Both countries sign defence pact"},
		{"A judge halted the trial of a Canadian terror suspect detained at the naval base in Cuba on Monday.", "detained", "Canadian terror suspect detained"},
	})
}

// TestTitleCommonByAgent checks that a participle whose by-phrase is a
// common noun naming no actor is told active with it ("Wolf attacks
// ..."), never as the reduced passive of the noun the participle hangs
// on.
func TestTitleCommonByAgent(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Doctors treated the arm of a young shepherd attacked by a wolf last week.", "attacked", "Wolf attacks arm of young shepherd"},
		{"The report released by the ministry shows a rise in exports.", "released", "Ministry releases report"},
	})
}

// TestTitleCommaParticiple checks that a past participle set off by
// commas after its subject, parsed as the subject's verb ("The festival,
// postponed twice, finally opened"), is titled as the reduced passive it
// is ("Festival postponed"), never the active "Festival postpones".
func TestTitleCommaParticiple(t *testing.T) {
	checkTitlesWith(t, true, nil, []headlineCase{
		{"The festival, postponed twice, finally opened on Friday.", "postponed", "Festival postponed"},
		{"The summit, postponed again, began on Monday.", "postponed", "Summit postponed"},
	})
}
