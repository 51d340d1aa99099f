package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleChargeOnName checks that a charge verb keeps the charge the
// parse hangs on its named object ("accused Chile of complicity" with
// "of complicity" read as Chile's own phrase) or on an oblique between
// them ("accused Chile for the second time of hiding ..."), never the bare
// "accuses Chile".
func TestTitleChargeOnName(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Chile", "country:CHL", actor.Country, true},
		{"Peru", "country:PER", actor.Country, true},
	}, []headlineCase{
		{"The Bolivian foreign minister on Friday accused Chile of complicity in the smuggling.", "accused", "Bolivian foreign minister accuses Chile of complicity"},
		{"Peru openly accused the Chilean navy for the second time of harassing fishing boats.", "accused", "Peru accuses Chilean navy of harassing fishing boats"},
	})
}

// TestTitleBareInfinitive checks that a verb whose "to" infinitive has
// nothing after it but its particle keeps it ("vowed to bounce back" →
// "vows to bounce back"), never the type's phrase ("issues statement"),
// and that a relative clause's infinitive, whose object is the noun the
// clause is on ("the levy he vowed to scrap"), is not said bare.
func TestTitleBareInfinitive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The veteran goalkeeper has vowed to bounce back.", "vowed", "Veteran goalkeeper vows to bounce back"},
		{"Officials urged the fishermen to come forward.", "urged", "Officials urge fishermen to come forward"},
	})
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := input("The levy the mayor vowed to scrap was kept.")
	in.Parse = p.Sentence
	for _, m := range Extract(in) {
		if m.Title == "Mayor vows to scrap" {
			t.Errorf("relative clause's infinitive said bare: %q", m.Title)
		}
	}
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

// TestTitlePostLeft checks that a verb of leaving a post (leave_verbs)
// keeps the post its "as" phrase names or the body its "from" phrase
// names ("resigned as finance minister" → "resigns as finance minister"),
// never a bare "resigns", and leaves out a post only the subject's own
// ("from his post").
func TestTitlePostLeft(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner resigned as finance minister on Monday.", "resigned", "Karl Brenner resigns as finance minister"},
		{"Karl Brenner resigned on Friday from the senate.", "resigned", "Karl Brenner resigns from senate"},
		{"Karl Brenner stepped down from his post on Friday.", "stepped down", "Karl Brenner steps down"},
	})
}

// TestTitleBodyJoined checks that an agentless passive of a verb of
// choosing (post_verbs) keeps the body its "to" phrase names ("was
// elected to the regional assembly" → "elected to regional assembly"),
// never a bare "Karl Brenner elected".
func TestTitleBodyJoined(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner was elected to the regional assembly in 1998.", "elected", "Karl Brenner elected to regional assembly"},
		{"Karl Brenner was appointed to the board of the central bank last year.", "appointed", "Karl Brenner appointed to board of central bank"},
	})
}

// TestTitleAppositionNoPredicate checks that a noun past a comma after an
// infinitive's object is an apposition on the clause, no predicate of the
// object ("not to sell Norlandair, a move to end the strike" → "not to
// sell Norlandair", never "... Norlandair move").
func TestTitleAppositionNoPredicate(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The governor pledged on Friday not to sell Norlandair, a move to end the strike.", "pledged", "Governor pledges not to sell Norlandair"},
		{"The rebels vowed to make Darfur a priority.", "vowed", "Rebels vow to make Darfur priority"},
	})
}

// TestTitleAdjectivePredicate checks that an infinitive whose object ends
// in an adjective or participle keeps it ("vowed to keep the port open" →
// "vows to keep port open"), never the cut "vows to keep port".
func TestTitleAdjectivePredicate(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The mayor vowed to keep the port open.", "vowed", "Mayor vows to keep port open"},
		{"The minister pledged to keep the borders closed.", "pledged", "Minister pledges to keep borders closed"},
	})
}

// TestTitleModalPassiveAs checks that a reported modal passive keeps what
// its subject is taken for ("warned that the cuts would be seen as a
// betrayal of the farmers" → "... cuts would be seen as betrayal of
// farmers"), never the cut "cuts would be seen".
func TestTitleModalPassiveAs(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The minister warned that the cuts would be seen as a betrayal of the farmers.", "warned", "Minister warns cuts will be seen as betrayal of farmers"},
		{"The minister warned that gas supplies will be turned off.", "warned", "Minister warns gas supplies will be turned off"},
	})
}

// TestTitleTitledOblique checks that an infinitive's oblique whose title
// noun the parse splits from the name after it keeps its preposition
// ("to turn against former minister Karl Brenner", the name read as the
// object → "to turn against Karl Brenner"), never "to turn Karl Brenner".
func TestTitleTitledOblique(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The opposition urged voters to turn against former minister Karl Brenner.", "urged", "Opposition urges voters to turn against Karl Brenner"},
		{"The cleric urged his followers to turn against regional governor Karl Brenner.", "urged", "Cleric urges followers to turn against Karl Brenner"},
	})
}

// TestTitleNameAfterPost checks that a title whose post has an "of"
// phrase names the person after it, the parse hanging the name's words
// on the title ("met Minister of Defence Karl Brenner" → "meets Karl
// Brenner"), never a piece of it ("meets Karl") or the post ("meets
// Secretary").
func TestTitleNameAfterPost(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Erik Lund", "person:erik-lund", actor.Person, false},
	}, []headlineCase{
		{"The envoy met Minister of Defence Karl Brenner.", "met", "Envoy meets Karl Brenner"},
		{"Officials confirmed Erik Lund met Secretary of State Karl Brenner, when pressed by reporters, but refused to give details.", "met", "Erik Lund meets Karl Brenner"},
	})
}

// TestTitleOneOf checks that "one of" a plural group reads as one of them
// in the singular ("one of the hostages was released" → "One hostage
// released", "killed one of the suspects" → "kill one suspect"), never
// the type's bare noun ("Release") or a cut "kill one".
func TestTitleOneOf(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"One of the hostages was released on Friday.", "released", "One hostage released"},
		{"Police killed one of the suspects on Monday.", "killed", "Police kill one suspect"},
	})
}

// TestTitleStatementSaying checks that a statement noun keeps what its
// "saying" clause says ("issued a statement on Monday saying it would
// withdraw its troops" → "Norland says it would withdraw troops"), never
// the type's "issues statement", and that a clause asking "how" is no
// report of what is said ("said the ministers had discussed how farmers
// should cut costs" is never "ministers discuss farmers should cut
// costs"; told in the clause's own words, it keeps its "how").
func TestTitleStatementSaying(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, true},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Norland issued a statement on Monday saying it would withdraw its troops.", "statement", "Norland says it would withdraw troops"},
		{"Karl Brenner issued a statement saying the ministers had discussed how farmers should cut costs.", "statement", "Karl Brenner says ministers have discussed how farmers should cut costs"},
	})
}

// TestTitleVisitedCommon checks that a visit the text tells as to a place
// named by a common noun with a modifier keeps it ("during a visit to the
// flood-hit province" → "visits flood-hit province"), never "makes visit",
// and that a vague noun alone ("a visit to the region") stays out.
func TestTitleVisitedCommon(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner on Sunday stressed his support for the governor during a visit to the flood-hit province.", "visit", "Karl Brenner visits flood-hit province"},
		{"Karl Brenner on Sunday stressed his support for the governor during a visit to the region.", "visit", "Karl Brenner makes visit"},
	})
}

// TestTitlePeoplePluralName checks that a group whose capitalised name
// ends in a plural naming people takes a plural verb ("the Norland
// Democrats accused" → "Norland Democrats accuse"), while a name ending in
// another plural keeps the singular ("United Nations urges").
func TestTitlePeoplePluralName(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland Democrats", "org:norland-democrats", actor.Organization, false},
		{"United Nations", "org:un", actor.Organization, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"The Norland Democrats strongly condemned Karl Brenner on Monday.", "condemned", "Norland Democrats condemn Karl Brenner"},
		{"The United Nations strongly condemned Karl Brenner on Monday.", "condemned", "United Nations condemns Karl Brenner"},
	})
}

// TestTitleBareFigure checks that a market move keeps the figure the parse
// gives no measure preposition: a bare counted noun ("fell 1.6 percent"),
// the figure of the rate it goes at ("grew at an annual rate of 2.7
// percent") or what "to as high as" reaches, never the bare "Index falls".
func TestTitleBareFigure(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Because the price index fell 1.6 percent in October, traders were calm.", "fell", "Price index falls 1.6 percent"},
		{"The Norland economy grew at an annual rate of 2.7 percent in the third quarter.", "grew", "Norland economy grows 2.7 percent"},
		{"The euro climbed to as high as 1.45 dollars in Tokyo.", "climbed", "Euro climbs to 1.45 dollars"},
	})
}

// TestTitleElectionVictory checks that an election victory reads as won
// by its possessor ("soon after Karl Brenner's election victory" →
// "Karl Brenner wins election"), never "holds election".
func TestTitleElectionVictory(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"The arrests were made soon after Karl Brenner's election victory last year.", "election victory", "Karl Brenner wins election"},
		{"Karl Brenner's electoral victory surprised the markets.", "electoral victory", "Karl Brenner wins election"},
	})
}

// TestTitleFigureOnBareDay checks that a market move keeps the figure the
// parse hangs on a bare weekday the time tagger may leave untagged ("rose
// two percent Tuesday" → "rises two percent"), never the bare "rises".
func TestTitleFigureOnBareDay(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The Norland index rose two percent Tuesday.", "rose", "Norland index rises two percent"},
		{"The Norland index dropped three percent Monday.", "dropped", "Norland index drops three percent"},
	})
}
