package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleInfinitiveOblique checks that a vow's infinitive with no
// object keeps its first oblique, and that an infinitive ending in "-ing"
// ("to bring") keeps its "to".
func TestTitleInfinitiveOblique(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin vowed on Friday to push for closer cooperation with China.", "vowed", "Putin vows to push for closer cooperation"},
		{"Putin vowed on Friday to bring about a lasting peace.", "vowed", "Putin vows to bring about lasting peace"},
	})
}

// TestTitleSoughtPeople checks that an appeal for people to do something
// names them and what they are asked to do, with an adjective that
// completes the verb ("to stay calm"), never the bare type ("Putin
// appeals").
func TestTitleSoughtPeople(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Earlier in the day, Putin denounced the protest and called for his supporters to stay calm.", "called", "Putin calls for supporters to stay calm"},
		{"Putin called for early elections to resolve the standoff.", "called", "Putin calls for early elections to resolve standoff"},
	})
}

// TestTitleNegatedInfinitive checks that a negated infinitive keeps the
// negation where the text puts it ("not to reduce", "to never use").
func TestTitleNegatedInfinitive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin vowed to never use violence against the protesters.", "vowed", "Putin vows to never use violence against protesters"},
		{"Putin urged Kim not to be afraid.", "urged", "Putin urges Kim Jong Un not to be afraid"},
	})
}

// TestTitleInfinitiveAdverb checks that an adverb between an infinitive
// and its oblique ("to go ahead with the plan") stays with the verb.
func TestTitleInfinitiveAdverb(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin and Merkel agreed on Monday to go ahead with the plan.", "agreed", "Putin and Merkel agree to go ahead with plan"},
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

// TestTitleCatenatedGerund checks that a vow or pledge "to" a verb of going
// on keeps the gerund it governs with its object ("vowed to keep fighting
// Russia" → "vow to keep fighting Russia"), never "issue statement" or
// "make pledge".
func TestTitleCatenatedGerund(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The rebels vowed to keep fighting Russia and defending Crimea.", "vowed", "Rebels vow to keep fighting Russia"},
		{"Putin vowed to continue building new bases in Crimea.", "vowed", "Putin vows to continue building bases"},
		{"The rebels pledged to keep attacking Russian troops.", "pledged", "Rebels pledge to keep attacking Russian troops"},
	})
}

// TestTitleInfinitiveGoal checks that a "to" infinitive keeps the "to"
// oblique after its object, where the act takes it ("vowed to bring the
// killers to justice" → "vows to bring killers to justice").
func TestTitleInfinitiveGoal(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin vowed on Monday to bring the bombers to justice.", "vowed", "Putin vows to bring bombers to justice"},
		{"Putin urged France to send more engineers to Crimea.", "urged", "Putin urges France to send more engineers to Crimea"},
	})
}

// TestTitleAskedBareInfinitive checks that an appeal whose "to" clause
// has nothing after its verb but a particle says it whole ("urged Norland
// to pull out" → "urges Norland to pull out"), never "appeals to
// Norland"; so is one whose adverb is a particle's ("to come forward");
// one with more after it is left to the type's phrase.
func TestTitleAskedBareInfinitive(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"Karl Brenner urged Norland to pull out.", "urged", "Karl Brenner urges Norland to pull out"},
		{"Karl Brenner urged Norland to act.", "urged", "Karl Brenner urges Norland to act"},
		{"Karl Brenner urged Norland to come forward.", "urged", "Karl Brenner urges Norland to come forward"},
		{"Karl Brenner urged Norland to come forward quickly.", "urged", "Karl Brenner appeals to Norland"},
	})
}

// TestTitleSoughtFor checks that what an appeal asks for keeps a word
// the tagger reads as an adjective and a bare noun coordinated with it
// ("appealed for calm and unity" → "appeals for calm and unity"), never
// a bare "appeals".
func TestTitleSoughtFor(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"At the funeral, Karl Brenner appealed for calm and unity amid the deep political division.", "appealed", "Karl Brenner appeals for calm and unity"},
		{"Karl Brenner called for peace and reconciliation on Sunday.", "called", "Karl Brenner calls for peace and reconciliation"},
	})
}

// TestTitleCatenatedInfinitive checks that a "to" infinitive governing
// another with its object says the chain ("urged the government to
// continue to seek alternatives" → "urges government to continue to seek
// alternatives"), never a bare "appeals".
func TestTitleCatenatedInfinitive(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner urged the government to continue to seek alternatives to widen the tax base.", "urged", "Karl Brenner urges government to continue to seek alternatives"},
		{"Karl Brenner vowed to try to win the election.", "vowed", "Karl Brenner vows to try to win election"},
	})
}

// TestTitleGoalAdverb checks that an infinitive keeps the adverb of where
// its object is brought, right after the object, with the phrase it
// opens (goal_adverbs: "vowed to bring the breakaway region back under
// government control" → "vows to bring breakaway region back under
// government control"), never a title that reads cut ("vows to bring
// breakaway region"); an adverb past another phrase is no goal.
func TestTitleGoalAdverb(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner has vowed to bring the breakaway region back under government control.", "vowed", "Karl Brenner vows to bring breakaway region back under government control"},
		{"Karl Brenner vowed to bring the troops home by Christmas.", "vowed", "Karl Brenner vows to bring troops home"},
	})
}

// TestTitleAppealComplement checks that an appeal keeps what it asks: a
// vague object after the infinitive's verb still says it ("urged the
// rebels to spare the region" → "... to spare region"), and the people a
// "for" phrase asks are told once ("called for Chile to halt the tests",
// never "for Chile for Chile").
func TestTitleAppealComplement(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Peru", "country:PER", actor.Country, true},
		{"Chile", "country:CHL", actor.Country, true},
	}, []headlineCase{
		{"Peru urged the rebels to spare the region.", "urged", "Peru urges rebels to spare region"},
		{"Peru called for Chile to halt the tests.", "called", "Peru calls for Chile to halt tests"},
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

// TestTitlePassiveController checks that an infinitive on a passive verb
// has the passive subject for its own ("the minister was forced to step
// down" → "Veteran minister steps down"), never the bare type noun
// ("Resignation").
func TestTitlePassiveController(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The veteran minister was forced to step down from his posts on Monday.", "step down", "Veteran minister steps down"},
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

// TestTitleInvertedRequest checks that a request told after what is
// asked, its speaker after the verb ("'...,' urged President Kibaki"),
// names the speaker as who urges and the clause's duty with "to", never
// the speaker as the one urged ("Kibaki urged").
func TestTitleInvertedRequest(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"\"The Kenyan people must unite to fight corruption,\" urged President Mwangi on Monday.", "urged", "Mwangi urges Kenyan people to unite to fight corruption"},
	})
}

// TestTitleWhetherInfinitive checks that an infinitive "whether" opens
// ("decided on whether to bring charges") is no act said or decided:
// never "says she decides to bring fraud charges".
func TestTitleWhetherInfinitive(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Anna Berg", "person:anna-berg", actor.Person, false}}, []headlineCase{
		{"Chief prosecutor Anna Berg said Friday she has now decided on whether to bring fraud charges against Jens Olsen.", "said", "Anna Berg issues statement"},
	})
}

// TestTitleAskedInfinitive checks that a patient-first title keeps what
// its patient is asked to do ("Villagers urged to leave"), whether the
// verb is passive or its agent unnamed, never the bare "Villagers urged".
func TestTitleAskedInfinitive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The villagers were urged to leave.", "urged", "Villagers urged to leave"},
	})
	checkTitlesWith(t, true, []ent{{"Norland", "country:NOR", actor.Country, false}}, []headlineCase{
		{"She urged Norland to sell its grain before the rains.", "urged", "Norland urged to sell grain"},
	})
}

// TestTitleByMeans checks that an infinitive with no object of its own
// keeps the "by" gerund that says how ("threatens to hit back by cutting
// supplies"), never the type's phrase ("issues threat").
func TestTitleByMeans(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Gasco", "org:gasco", actor.Organization, false}}, []headlineCase{
		{"Gasco threatened to hit back by halting deliveries to the north.", "threatened", "Gasco threatens to hit back by halting deliveries"},
	})
}

// TestTitleTwoWordPreposition: an infinitive's oblique keeps its whole
// preposition ("out of"), never only its last word.
func TestTitleTwoWordPreposition(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The dock workers threatened on Monday to walk out of the wage talks.", "threatened", "Dock workers threaten to walk out of wage talks"},
	})
}

// TestTitleCatenatedOblique checks that a request whose infinitive goes on
// into a gerund with no object keeps the gerund's oblique ("urged ... to
// continue donating for the victims"), never the bare "appeals to".
func TestTitleCatenatedOblique(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The governor urged farmers to keep contributing to the relief fund.", "urged", "Governor urges farmers to keep contributing to relief fund"},
		{"The bishop urged believers to continue praying for the missing sailors.", "urged", "Bishop urges believers to continue praying for missing sailors"},
	})
}

// TestTitleAdverbParticle checks that an infinitive keeps a particle the
// parse reads as an adverb before its object ("not to send back the
// boats"): without it the request says the opposite.
func TestTitleAdverbParticle(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The agency urged coastal states not to send back the fishing boats.", "urged", "Agency urges coastal states not to send back fishing boats"},
		{"The envoy urged the neighbours not to turn away the fleeing families.", "urged", "Envoy urges neighbours not to turn away fleeing families"},
	})
}

// TestTitleAgreedToMerge checks that a plural subject agreeing to a verb
// it completes ("agreed to merge") keeps that verb, with a purpose
// phrase only whole ("in a bid to form ..."), never the type's generic
// phrase ("pledge cooperation").
func TestTitleAgreedToMerge(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Alder Bank", "organization:alder", actor.Organization, false},
		{"Birch Trust", "organization:birch", actor.Organization, false},
	}, []headlineCase{
		{"Alder Bank and Birch Trust agreed on Monday to merge in a bid to form a larger lender.", "agreed", "Alder Bank and Birch Trust agree to merge in bid to form larger lender"},
		{"Alder Bank and Birch Trust have agreed to merge.", "agreed", "Alder Bank and Birch Trust agree to merge"},
	})
}

// TestTitleInABid checks that an "in a bid" phrase after an infinitive is
// said with the aim its own infinitive gives ("to join in a bid to end
// the feud"), never cut to "in bid"; a definite aim noun ("join in the
// initiative") is no such purpose.
func TestTitleInABid(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner called on Norland to join in a bid to settle the border feud.", "called", "Karl Brenner calls on Norland to join in bid to settle border feud"},
	})
}

// TestCallContentKept checks that a call keeps what it asks for: the bare
// infinitive "help" takes ("to help rebuild the schools"), and the phrase
// a noun of joining relates to ("the adhesion to the treaty").
func TestCallContentKept(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"The governor urged farmers to help rebuild the dikes.", "urged", "Governor urges farmers to help rebuild dikes"},
		{"The governor called on village councils to help repair the roads.", "called", "Governor calls on village councils to help repair roads"},
		{"The governor called for the adhesion to the water treaty.", "called", "Governor calls for adhesion to water treaty"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitleIssuedDocumentAim checks that a decree or a bulletin issued
// to do a thing says what it is for ("issues decree to call snap
// election"), and one urging its addressees to act says the urging with
// what is asked, never the bare "issues decree".
func TestTitleIssuedDocumentAim(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Karl Brenner", "person:karl-brenner", actor.Person, false}}, []headlineCase{
		{"President Karl Brenner issued a decree on Friday to dissolve the regional assembly.", "decree", "Karl Brenner issues decree to dissolve regional assembly"},
		{"President Karl Brenner issued a statement urging farmers to register their cattle.", "statement", "Karl Brenner urges farmers to register cattle"},
	})
}

// TestTitleCalledUpon checks that an appeal "upon" an actor names those
// appealed to as one "on" them does.
func TestTitleCalledUpon(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Norland", "country:norland", actor.Country, false},
	}, []headlineCase{
		{"Karl Brenner called upon Norland to lift its tariffs on timber.", "called", "Karl Brenner calls upon Norland to lift tariffs on timber"},
	})
}

// TestTitleCatenatedObjectAct checks that an infinitive told after its
// verb's object, what that object does ("to allow more young families to
// take up housing"), is never chained to the verb without the object
// ("calls on towns to allow to take housing"): it is said whole, in its
// own words (plainInfinitive).
func TestTitleCatenatedObjectAct(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"A senior planner has called on towns to allow more young families to take up housing.", "called", "Senior planner calls on towns to allow more young families to take up housing"},
	})
}
