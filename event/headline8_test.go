package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleVerbParticle checks that a verb's particle its lemma lacks
// stays in the headline ("closed down 1.2 percent" → "close down 1.2
// percent"), never dropped to leave the direction unsaid.
func TestTitleVerbParticle(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Shares closed down 1.2 percent on Monday.", "closed", "Shares close down 1.2 percent"},
		{"Korean share prices closed up 0.5 percent on Monday.", "closed", "Korean share prices close up 0.5 percent"},
	})
}

// TestTitleInfinitiveAdverb checks that an adverb between an infinitive
// and its oblique ("to go ahead with the plan") stays with the verb.
func TestTitleInfinitiveAdverb(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin and Merkel agreed on Monday to go ahead with the plan.", "agreed", "Putin and Merkel agree to go ahead with plan"},
	})
}

// TestTitleKeepOfWant checks that a noun of want keeps its "of" phrase
// ("criticised the lack of support" → "criticises lack of support"),
// never "criticises lack".
func TestTitleKeepOfWant(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin criticised the lack of support he had received from the banks.", "criticised", "Putin criticises lack of support"},
	})
}

// TestTitleCalledOn checks that an appeal made on those no actor names
// keeps them, before what they are asked to do ("called on the unions to
// end the strike" → "calls on unions to end strike"), never "calls to
// end strike" or "calls".
func TestTitleCalledOn(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Russia's foreign minister called on the unions to end the strike.", "called", "Russia calls on unions to end strike"},
		{"Russia's foreign minister called on cooperation from the banks.", "called", "Russia calls on cooperation"},
	})
}

// TestTitleFigureOnDay checks that a figure the parse hangs on the day
// ("closed up 0.31 percent Wednesday", "0.31 percent" on "Wednesday")
// stays in the headline, never "close up".
func TestTitleFigureOnDay(t *testing.T) {
	in := parsed(t, "Korean share prices closed up 0.31 percent Wednesday, extending gains.", tx{"Wednesday", "DATE", "2006-11-01", true})
	const want = "Korean share prices close up 0.31 percent"
	if m := mentionOf(t, in, "closed"); m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}

// TestTitleOfOnce checks that what is called for keeps one "of" phrase,
// its own ("the withdrawal of Ukrainian troops"), never repeated by the
// actor it names ("withdrawal of Ukrainian troops of Ukrainian troops").
func TestTitleOfOnce(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := inputWith("Putin called for the withdrawal of Ukrainian troops without delay.", []ent{
		{"Putin", "person:putin", actor.Person, false},
		{"Ukrainian troops", "org:ukrainian-troops", actor.Organization, false},
	})
	in.Parse = p.Sentence
	const want = "Putin calls for withdrawal of Ukrainian troops"
	if m := find(t, in, "called"); m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}

// TestTitleRuledPassive checks that a reported passive with no object
// keeps its first oblique ("ruled that officials were involved in the
// murder" → "rules officials involved in murder"), in a clause a
// subordinator opens too, never "rules" or "delivers verdict".
func TestTitleRuledPassive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"A Kenyan court ruled that senior Somali officials were involved in the murder.", "ruled", "Kenyan court rules senior Somali officials involved in murder"},
		{"The envoys were withdrawn after a Kenyan court ruled that senior Somali officials were involved in the murder.", "ruled", "Kenyan court rules senior Somali officials involved in murder"},
		{"Putin warned that senior officials were involved in the murder.", "warned", "Putin warns senior officials involved in murder"},
	})
}

// TestTitleArrivedAtModifier checks that an arrival at a common noun the
// place only modifies ("arrived at the Moscow hospital") reads "in" the
// place, never "arrives at Moscow".
func TestTitleArrivedAtModifier(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin arrived at the Moscow hospital on Monday.", "arrived", "Putin arrives in Moscow"},
	})
}

// TestTitleProtestTopic checks that a protest told by its noun alone
// keeps what it is over or against ("in protest over the terms of the
// merger" → "Protest over terms of merger held"), never the bare "Protest";
// told as the bare "in" phrase of an act, the act names who protests
// (doneInProtest).
func TestTitleProtestTopic(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"There was a protest over the terms of the merger.", "protest", "Protest over terms of merger held"},
		{"Pilots walked out in protest over the terms of the merger with the state airline.", "protest", "Pilots walk out in protest over terms of merger"},
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

// TestTitleFigureAsAgent checks that a figure the parse takes for the
// agent of a move ("fell by 9 cents" as obl:agent) stays in the headline
// ("Harbour Steel falls by 9 cents"), never "Harbour Steel falls".
func TestTitleFigureAsAgent(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Harbour Steel fell by 9 cents to 4.10 dollars.", "fell", "Harbour Steel falls by 9 cents"},
	})
}

// TestTitleIssueOblique checks that a verb with no object keeps the
// oblique that says what the act is on or about ("agreed on a new trade
// code" → "agree on trade code", "clashed over the border" → "clash
// over border"), never the bare verb; a noun its "of" phrase completes
// the headline would cut is left out ("on edge"), as is a noun the
// trigger says ("go on trial on trial") and the way a visit goes ("arrive
// on foot").
func TestTitleIssueOblique(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The two sides clashed over the border last week.", "clashed", "Two sides clash over border"},
		{"The two sides clashed on the edge of the town last week.", "clashed", "Two sides clash"},
		{"Three former prison wardens went on trial Monday accused of beating inmates.", "went on trial", "Three former prison wardens go on trial"},
		{"The first rebels arrived on foot and looked tired.", "arrived", "Rebels arrive"},
	})
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := inputWith("Canada and Mexico agreed last week on a new trade code.", []ent{
		{"Canada", "country:CAN", actor.Country, false},
		{"Mexico", "country:MEX", actor.Country, false},
	})
	in.Parse = p.Sentence
	const want = "Canada and Mexico agree on trade code"
	if m := find(t, in, "agreed"); m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
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

// TestTitleSaidOblique checks that what is said keeps the oblique that
// completes a verb with no object ("warned that the union would turn to
// the courts" → "warns union would turn to courts"), never the type's
// "issues warning".
func TestTitleSaidOblique(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Kowalski warned that the union would turn to the courts if talks failed.", "warned", "Kowalski warns union would turn to courts"},
	})
}

// TestTitleVisitModifier checks that a visit whose place a modifier names
// says where it goes ("during a Lisbon visit" → "visits Lisbon", "the
// minister's Chile trip" → "visits Chile"), never "makes visit"; with no
// agent, "Visit to Lisbon", never "Lisbon visit to Lisbon".
func TestTitleVisitModifier(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, trigger, place, id, want string }{
		{"The matter was raised during a Lisbon visit in May.", "visit", "Lisbon", "place:lisbon", "Visit to Lisbon"},
		{"Kaczynski began a Lisbon visit on Monday.", "visit", "Lisbon", "place:lisbon", "Kaczynski visits Lisbon"},
		{"Kaczynski cut short his Chile trip on Monday.", "trip", "Chile", "country:CHL", "Kaczynski visits Chile"},
	} {
		kind := actor.Place
		if strings.HasPrefix(c.id, "country:") {
			kind = actor.Country
		}
		in := inputWith(c.text, []ent{
			{"Kaczynski", "person:kaczynski", actor.Person, false},
			{c.place, c.id, kind, false},
		})
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitlePartitiveSubject checks that a quantifier subject keeps the
// noun of the "of" phrase it picks from and agrees in the plural
// ("Several of his aides blamed the Interior Ministry for the riot" →
// "Several aides blame Interior Ministry for riot"), never "Several
// blames Interior Ministry".
func TestTitlePartitiveSubject(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := inputWith("Several of his aides blamed the Interior Ministry for the riot.", []ent{
		{"Interior Ministry", "org:interior-ministry", actor.Organization, false},
	})
	in.Parse = p.Sentence
	const want = "Several aides blame Interior Ministry for riot"
	if m := find(t, in, "blamed"); m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}

// TestTitleRelativeObject checks that a verb whose object is the relative
// pronoun of its clause takes the noun the clause modifies as its object
// ("the shelling, which the army blamed on a technical fault" → "Army
// blames shelling"), never the bare verb.
func TestTitleRelativeObject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The shelling, which the army blamed on a technical fault, killed nine.", "blamed", "Army blames shelling"},
	})
}

// TestTitleTimeNoSubject checks that a month the parse takes for a
// subject ("the output index for November rose" parsed with "November"
// as the subject, alone or beside the index) never heads the headline:
// the noun before it does ("Output index rises by 2.1 percent").
func TestTitleTimeNoSubject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The factory output index for November rose by 2.1 percent to 98.4 on a monthly basis.", "rose", "Factory output index rises by 2.1 percent"},
		{"Peru's Factory Output Index (FOI) for November rose by 2.1 percent to 98.4, the bureau said.", "rose", "Factory Output Index rises by 2.1 percent"},
	})
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

// TestTitleSaidPredicate checks that what is said keeps the adjective
// that completes it: a verb of becoming's ("warned that the gangs were
// becoming increasingly violent" → "gangs become increasingly violent",
// or, a verb no word list knows left out as a copula, "gangs
// increasingly violent") and a predicate adjective's infinitive ("the
// army was able to repel the rebels" → "army able to repel rebels"),
// never "issues warning".
func TestTitleSaidPredicate(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Novak warned that the drug gangs were becoming increasingly violent.", "warned", "Novak warns drug gangs increasingly violent"},
		{"Colonel Novak declared that the army was able to repel the rebels.", "declared", "Colonel Novak declares army able to repel rebels"},
	})
}

// TestTitleLightVerbBareNoun checks that the agent's light verb with a
// bare noun says what the type's phrase would hide ("delivered a speech"
// → "delivers speech", never "issues statement").
func TestTitleLightVerbBareNoun(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := inputWith("Dutch Premier Mark Rutte delivered a speech on Monday at the opening of the fair.", []ent{
		{"Mark Rutte", "person:mark-rutte", actor.Person, false},
	})
	in.Parse = p.Sentence
	const want = "Mark Rutte delivers speech"
	if m := find(t, in, "speech"); m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}

// TestTitleGroupOfCountry checks that a group "of" a country is a group
// from it, named as the text names it with its country and singular ("a
// pro-reform group of Peru threatened" → "Pro-reform group of Peru
// threatens"), never the country with a plural verb ("Peru threaten").
func TestTitleGroupOfCountry(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := inputWith("A pro-reform group of Peru on Monday threatened to stage a national strike.", []ent{
		{"Peru", "country:PER", actor.Country, false},
	})
	in.Parse = p.Sentence
	const want = "Pro-reform group of Peru threatens to stage national strike"
	if m := find(t, in, "threatened"); m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}

// TestTitleArrivalNoun checks that an arrival is in the place it reaches
// ("was detained on arrival in Lima" → "Arrival in Lima"; "Kaczynski's
// arrival in Lima" → "Kaczynski arrives in Lima"), never "Arrival to
// Lima".
func TestTitleArrivalNoun(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Ortega was detained on arrival in Lima by border police in May 2001.", "Arrival in Lima"},
		{"Kaczynski's arrival in Lima on Monday drew large crowds.", "Kaczynski arrives in Lima"},
	} {
		in := inputWith(c.text, []ent{
			{"Kaczynski", "person:kaczynski", actor.Person, false},
			{"Lima", "place:lima", actor.Place, true},
		})
		in.Parse = p.Sentence
		if m := find(t, in, "arrival"); m.Title != c.want {
			t.Errorf("%q: title %q, want %q (%v)", c.text, m.Title, c.want, m.Participants)
		}
	}
}

// TestTitleSaidPronoun checks that what is said keeps a subject pronoun
// that may stand for the speaker ("Chile denied that it had any role in
// the coup" → "Chile denies it has role"), never the type's "issues
// statement"; a pronoun for someone else makes no headline of it.
func TestTitleSaidPronoun(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, trigger, want string }{
		{"Chile has repeatedly denied that it had any role in the coup.", "denied", "Chile denies it has role in coup"},
		{"Chile has repeatedly denied that he had any role in the coup.", "denied", "Chile issues statement"},
	} {
		in := inputWith(c.text, []ent{{"Chile", "country:CHL", actor.Country, false}})
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitleReducedChargePassive checks that a reduced passive of blame or
// accusation reads patient first with what it is blamed for ("the rebel
// group blamed for the blasts has planned attacks" → "Rebel group blamed
// for blasts"), never the group blaming ("Rebel group blames").
func TestTitleReducedChargePassive(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	const text = "According to the police report, the banned rebel group the Red Dawn (RD) blamed for nationwide bomb blasts on May 17 has again planned attacks in Lima."
	in := inputWith(text, []ent{
		{"Red Dawn", "org:red-dawn", actor.Organization, false},
		{"Lima", "place:lima", actor.Place, true},
	})
	in.Parse = p.Sentence
	const want = "Banned rebel group blamed for nationwide bomb blasts"
	if m := find(t, in, "blamed"); m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}
