package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestTitleWarning checks what a warning's headline keeps: a modal
// passive or adjective clause, or the oblique it warns against.
func TestTitleWarning(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin warned that the US involvement should be positive.", "warned", "Putin warns US involvement should be positive"},
		{"Putin warned that the policy could be scrapped.", "warned", "Putin warns policy could be scrapped"},
		{"Putin warned against excessive euphoria.", "warned", "Putin warns against excessive euphoria"},
	})
}

// TestTitleSaidClause checks that a statement or a warning whose clause a
// headline can say is titled with it: an infinitive complement, a nested
// clause with a predicate and no verb, a "that" clause the parse hangs on
// the verb as an adverbial clause, and a small clause's object with its
// predicate.
func TestTitleSaidClause(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin warned, however, that China refused to recognise foreign passports.", "warned", "Putin warns China refuses to recognise foreign passports"},
		{"Putin declared that the bombing showed the government was not in charge.", "declared", "Putin declares bombing shows government not in charge"},
		{"Putin declared Saturday a public holiday.", "declared", "Putin declares Saturday public holiday"},
		// a small clause naming people stays the type's phrase
		{"Putin declared him a traitor.", "declared", "Putin issues statement"},
	})
}

// TestTitleQuotation checks that a statement or warning that quotes a
// short clause is titled with the quotation, before or after the verb,
// and that a long one is not.
func TestTitleQuotation(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{`"I am not afraid of being executed" if found guilty, Putin vowed, after an earlier outburst.`, "vowed", `Putin: "I am not afraid of being executed"`},
		{`"We will strike back," Putin warned on Monday.`, "warned", `Putin: "We will strike back"`},
		{`Putin warned: "We will strike back."`, "warned", `Putin: "We will strike back"`},
		{`"We will strike back at anyone who dares to cross the border of our country again," Putin warned.`, "warned", "Putin issues warning"},
	})
}

// TestTitleSaidPassive checks that a reported passive clause with an
// object keeps its passive: the auxiliary with a modal ("must be given
// access"), the participle alone without one ("given access"), never the
// active verb that would turn its meaning round.
func TestTitleSaidPassive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin warned on Tuesday that the soldiers would be given new rifles.", "warned", "Putin warns soldiers will be given rifles"},
		{"Putin warned that aid groups could be denied access to the refugees.", "warned", "Putin warns aid groups could be denied access to refugees"},
		{"Putin declared that the soldiers were given old rifles.", "declared", "Putin declares soldiers given old rifles"},
	})
}

// TestTitleWarnAgainstGerund checks that a warning against doing
// something says what, with the object's own phrase, not "issues
// warning".
func TestTitleWarnAgainstGerund(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin warned on Saturday against drawing a line under talks on forming a new government.", "warned", "Putin warns against drawing line under talks"},
	})
}

// TestTitleSaidParticiple checks that what is said, parsed as a noun with
// its participle ("said that labour representatives met"), is told in the
// present, and that a reduced passive of a verb that needs its object is
// told as one, with what it is convicted for ("Political prisoner
// convicted for public insult").
func TestTitleSaidParticiple(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin flatly denied the press reports, and said that labour representatives met with management in a boardroom to discuss their grievances.", "met", "Labour representatives meet"},
		{"A political prisoner convicted to two years in jail for public insult to Russia's leader Putin was denied a one-day leave, his family said.", "convicted", "Political prisoner convicted for public insult"},
	})
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

// TestTitleSaidOblique checks that what is said keeps the oblique that
// completes a verb with no object ("warned that the union would turn to
// the courts" → "warns union would turn to courts"), never the type's
// "issues warning".
func TestTitleSaidOblique(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Kowalski warned that the union would turn to the courts if talks failed.", "warned", "Kowalski warns union would turn to courts"},
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

// TestTitleSaidAfterClause checks that a verb of saying that follows what
// is said, after a comma ("Norland will send troops to Sudan, a Norland
// spokesman said"), takes that clause as what it says, never "issues
// statement"; as does one whose "that" clause the parse hangs on the
// participle of its oblique ("vowed in a videotape aired Friday that").
func TestTitleSaidAfterClause(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Sudan", "country:SDN", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Norland will send 500 troops to Sudan, foreign ministry spokesman Karl Brenner said on Tuesday.", "said", "Karl Brenner says Norland will send 500 troops"},
		{"Rebel leader Karl Brenner vowed in a videotape aired Friday that his fighters will not stop attacks on the capital.", "vowed", "Karl Brenner vows fighters will not stop attacks on capital"},
	})
	// a second verb after "and" says its own clause; a warning after
	// the clause it reports says it, but not one after "but"
	checkHeadlines(t, []headlineCase{
		{"The woman gave her testimony, but defence lawyers protested and charged that her testimony was false.", "protested", "Defence lawyers protest"},
		{"Any violence in the north could derail the peace process, a senior Norland diplomat warned on Monday.", "warned", "Senior Norland diplomat warns violence could derail peace process"},
		{"The two leaders sparked hope for the peace process on Sunday, but observers warned against expecting too much.", "warned", "Observers issue warning"},
	})
}

// TestTitleSaidModalComplement checks that a reported clause with a
// modal says it whole when its verb takes a noun complement ("would
// become a target of the insurgency") or only an adverbial clause the
// parse hangs as a complement ("could escalate unless ..."), never
// "issues warning".
func TestTitleSaidModalComplement(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner warned that the parliament would become a target of the insurgency.", "warned", "Karl Brenner warns parliament will become target of insurgency"},
		{"Karl Brenner warned that cases like this could escalate unless rules are enforced.", "warned", "Karl Brenner warns cases could escalate"},
	})
}

// TestTitleSaidObjectSubject checks that a finite clause with no subject
// after a reporting verb whose object the parse took from it has that
// object for subject, with its modifiers ("said its index of rising
// indicators rose 0.3 percent" → "Index of rising indicators rises 0.3
// percent"), never the type's noun.
func TestTitleSaidObjectSubject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The research group said its index of rising economic indicators rose 0.3 percent in May.", "rose", "Index of rising economic indicators rises 0.3 percent"},
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

// TestTitleSaidToObject checks that a verb of saying with whom it is said
// to and a "that" clause keeps what is said ("warned Sudria that oil
// prices would rise" → "Norland warns Sudria oil prices will rise"),
// never the bare "warns Sudria".
func TestTitleSaidToObject(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, true},
		{"Sudria", "country:SUD", actor.Country, true},
	}, []headlineCase{
		{"Norland warned Sudria that oil prices would rise sharply.", "warned", "Norland warns Sudria oil prices will rise"},
	})
}

// TestTitleSaidOf checks that a verb of saying with no object or clause
// keeps the oblique that tells what it says, with its own preposition
// (said_of: "hinted at changes to the electoral calendar" → "Karl Brenner
// hints at changes to electoral calendar", "confessed to the bombing"),
// never "issues statement"; a place the oblique names is not said again.
func TestTitleSaidOf(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Oslo", "place:oslo", actor.Place, true},
	}, []headlineCase{
		{"Karl Brenner hinted at changes to the electoral calendar on Thursday.", "hinted", "Karl Brenner hints at changes to electoral calendar"},
		{"Karl Brenner hinted at cancelling his planned visit to Oslo.", "hinted", "Karl Brenner hints at cancelling planned visit to Oslo"},
		{"Karl Brenner, who has confessed to the bombing, was sentenced on Monday.", "confessed", "Karl Brenner confesses to bombing"},
	})
}

// TestTitleSaidOnDay checks that a "that" clause the parse hangs on the day
// of a verb of saying ("said on Tuesday that ...", read as a clause on
// "Tuesday") is still what is said, never "issues statement".
func TestTitleSaidOnDay(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	const text = "Karl Brenner said on Tuesday that Norland was unable to influence the pace of reform."
	in := inputWith(text, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, tx{"on Tuesday", timex.Date, "2024-06-18", true})
	in.Parse = p.Sentence
	in.Item = true
	const want = "Karl Brenner says Norland unable to influence pace of reform"
	if m := find(t, in, "said"); m.Title != want {
		t.Errorf("%q: title %q, want %q", text, m.Title, want)
	}
}

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

// TestTitleSaidTo checks that whom a speaker tells ("told reporters",
// "told the Daily Courier") and a place the parse takes for the object
// of "said" ("said in Bergen") are never what the title says was said,
// while one told to act keeps the act ("told Norland to pull out").
func TestTitleSaidTo(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Daily Courier", "org:daily-courier", actor.Organization, false},
		{"Bergen", "place:bergen", actor.Place, true},
	}, []headlineCase{
		{"The new dam will open in May, Karl Brenner told the Daily Courier on Monday.", "told", "Karl Brenner says dam will open in May"},
		{"Karl Brenner told reporters on Monday that the dam would open in May.", "told", "Karl Brenner says dam will open in May"},
		{"The dam is the largest in the country, Karl Brenner said in Bergen on Monday.", "said", "Karl Brenner says dam is largest in country"},
		{"Karl Brenner told Norland to pull out its troops.", "told", "Karl Brenner says Norland to pull out troops"},
	})
}

// TestTitleReportedBefore checks that a statement after the clause it
// reports titles that clause: with the speaker after "said", however the
// parse hangs it ("..., said the Finance Office"); with an intransitive
// verb or a passive of a named subject ("negotiations collapsed",
// "several soldiers were wounded"); with a subject naming the speaker's
// country by an office ("the Norland prime minister"), or by its name
// when the headline names the speaker otherwise ("a senior Norland
// official said"). A clause with "there" is told in its own words
// (headplain.go); one whose object the parse cuts off, too long to tell
// whole within maxTitleChars, is told whole within maxSaidChars, never
// the type's phrase.
func TestTitleReportedBefore(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Finance Office", "org:finance-office", actor.Organization, false},
		{"Anna Lind", "person:anna-lind", actor.Person, false},
	}, []headlineCase{
		{"The Norland central bank has dismissed its deputy governor Anna Lind, said the Finance Office on Monday.", "said", "Finance Office says Norland central bank dismisses Anna Lind"},
		{"Negotiations collapsed, Karl Brenner said on Monday.", "said", "Karl Brenner says negotiations collapse"},
		{"Several soldiers were wounded Sunday when a mine exploded, Karl Brenner said.", "said", "Karl Brenner says soldiers wounded"},
		{"Norland said on Monday that the Norland prime minister would cancel the visit.", "said", "Norland says prime minister will cancel visit"},
		{"The agency should urge farm and transport companies to train local workers, said Karl Brenner.", "said", "Karl Brenner says agency should urge companies to train local workers"},
		{"Norland sees new chances for trade with Sweden, a senior Norland official said on Monday.", "said", "Senior Norland official says Norland sees chances for trade"},
		{"There was no shortage of fuel in the capital, Karl Brenner said.", "said", "Karl Brenner says there is no shortage of fuel in capital"},
	})
}

// TestTitleSaidClauseFound checks that a statement titles the clause it
// reports where the parse hides it: hung on the time before it ("said in
// a speech Monday evening that ..."), or as an object of its own after a
// "that" the parse reads as a pronoun; and that a speaker's "it" before a
// prepositional predicate naming a party is its own ("said it was in
// touch with Sweden").
func TestTitleSaidClauseFound(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Sweden", "country:SWE", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Nordic Media Group", "org:nordic-media", actor.Organization, false},
	}
	for _, c := range []struct {
		text  string
		times []tx
		want  string
	}{
		{"Karl Brenner said in a televised address Thursday evening that the government would not be blackmailed by terrorists.",
			[]tx{{"Thursday evening", timex.Time, "2006-11-02TEV", false}}, "Karl Brenner says government will not be blackmailed"},
		{"Karl Brenner said on Monday that Norland fully supported Sweden's entry into the Nordic Council.",
			[]tx{{"Monday", timex.Date, "2006-11-06", false}}, "Karl Brenner says Norland supports Sweden's entry"},
		{"Nordic Media Group said it was in touch with Sweden over the broadcast rights.", nil, "Nordic Media Group says it is in touch with Sweden"},
	} {
		in := inputWith(c.text, ents, c.times...)
		in.Parse = p.Sentence
		in.Item = true
		if m := find(t, in, "said"); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitleTopicClause checks that a clause after a verb of saying's
// topic noun is that noun's, never what is said ("warned against
// expectations he will lay out plans" is no warning that he will).
func TestTitleTopicClause(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner warned against expectations he will announce a timetable for leaving the coalition.", "warned", "Karl Brenner warns against expectations"},
	})
}

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

// TestTitleAdjectiveOblique checks that a reported clause whose verb
// takes an adjective with an oblique of its own ("has tested positive
// for a banned stimulant") says it with that oblique, never the type's
// "issues statement".
func TestTitleAdjectiveOblique(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Karl Brenner", "person:karl-brenner", actor.Person, false}}, []headlineCase{
		{"Portland striker Tom Reyes has once more tested positive for a banned stimulant in his second sample, Karl Brenner said on Tuesday.", "said", "Karl Brenner says Portland striker Tom Reyes tests positive for banned stimulant"},
		{"The finance minister remained optimistic about the recovery, Karl Brenner said on Monday.", "said", "Karl Brenner says finance minister remains optimistic about recovery"},
	})
}

// TestTitleToldBody checks that whoever is told after the clause a
// report tells ("..., the director told the budget subcommittee") is the
// addressee, a body or a medium as well as a person, never what is said
// ("says budget subcommittee").
func TestTitleToldBody(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"John Perry", "person:john-perry", actor.Person, false}}, []headlineCase{
		{"The first flight will take place \"no later than May,\" NASA director John Perry told the budget subcommittee of the Senate on Tuesday.", "told", "John Perry says first flight will take place no later than May"},
		{"The port will reopen to shipping next week, John Perry told a local radio station on Monday.", "told", "John Perry says port will reopen to shipping"},
		{"The government will raise fuel prices, John Perry told the finance committee of parliament on Monday.", "told", "John Perry says government will raise fuel prices"},
	})
}

// TestTitleStrandedVerb checks that a reported clause the parse splits
// from its subject ("warned that gas supplies to Ukraine will be halted",
// "supplies" read as the verb) gives no cut clause ("warns gas
// supplies to Ukraine") but the clause in its own words (headplain.go),
// its condition left out.
func TestTitleStrandedVerb(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Ivan Sokolov", "person:ivan-sokolov", actor.Person, false}}, []headlineCase{
		{"Energy chief Ivan Sokolov has warned that gas supplies to Ukraine will be halted on Friday unless Ukraine pays its debts.", "warned", "Ivan Sokolov warns gas supplies to Ukraine will be halted on Friday"},
	})
}

// TestTitleControlInfinitive checks that a reported verb whose object is
// the subject of the infinitive after it (control_verbs: "expects the
// economy to grow") says the infinitive too, while another verb's
// infinitive of purpose is left out, and that a passive with a "to"
// gerund keeps it ("committed to strengthening ties", never bare
// "committed").
func TestTitleControlInfinitive(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Karl Weber", "person:karl-weber", actor.Person, false}}, []headlineCase{
		{"The central bank expects the Dutch economy to expand by about 2 percent next year, Karl Weber said on Monday.", "said", "Karl Weber says central bank expects Dutch economy to expand by 2 percent"},
		{"Chinese Foreign Minister Li Peng will visit Brazil next week to meet with President Silva, Karl Weber said Tuesday.", "said", "Karl Weber says Li Peng will visit Brazil"},
		{"The government is committed to expanding its trade links with Peru, Karl Weber said on Tuesday.", "said", "Karl Weber says government committed to expanding trade links"},
	})
}

// TestTitleWarnedOf checks that a warning to a named side says of what
// ("warned Ukraine of grave consequences"), also when the parse hangs
// the phrase on the name, never the bare "warns Ukraine".
func TestTitleWarnedOf(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The Kremlin warned Ukraine of grave consequences if its pipelines were closed.", "warned", "Kremlin warns Ukraine of grave consequences"},
	})
}

// TestTitleOwnedVagueSubject checks that a reported clause whose subject
// is a vague noun a possessive pronoun owns ("his nation") keeps it as
// its subject, never the type's phrase ("issues warning").
func TestTitleOwnedVagueSubject(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Omar Said", "person:omar-said", actor.Person, false}}, []headlineCase{
		{"Premier Omar Said warned that his nation would retaliate against any raid.", "warned", "Omar Said warns his nation will retaliate against raid"},
	})
}

// TestTitleThatDeterminer checks that a reported clause whose "that" the
// parse reads as its subject's determiner ("warned on Monday that
// parliament could ...", "that parliament" one noun phrase, the clause a
// conjunct of the verb) is still what is said, never "issues warning",
// and that a body of the speaker's own country keeps its own noun
// ("parliament"), no repeat of the speaker's name.
func TestTitleThatDeterminer(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"parliament", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"Norland warned on Monday that parliament could halt the ferry licences.", "warned", "Norland warns parliament could halt ferry licences"},
		{"Norland warned that parliament will halt the ferry licences.", "warned", "Norland warns parliament will halt ferry licences"},
	})
}

// TestTitleThatSubjectOnDay checks that a reported clause whose subject
// the parse hangs on the day before it ("warned on Friday that council
// could ...", "that council" read as the day's apposition) still says
// who does it, never "issues warning".
func TestTitleThatSubjectOnDay(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Karl Brenner", "person:karl-brenner", actor.Person, false}}, []headlineCase{
		{"But senior Norland senator Karl Brenner warned on Friday that parliament could strike back at the new tariffs by blocking the imports of grain.", "warned", "Karl Brenner warns parliament could strike at tariffs"},
	})
}

// TestTitleSaidVagueObject checks that a reported clause whose object is
// a vague noun with its determiner ("has fled the country") keeps that
// noun after a verb nothing else completes ("flees country"), never
// "issues statement"; a verb an oblique completes keeps the clause out.
func TestTitleSaidVagueObject(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Marta Olsen", "person:marta-olsen", actor.Person, false},
		{"Tomas Brekke", "person:tomas-brekke", actor.Person, false},
	}, []headlineCase{
		{"Exiled opposition chief Tomas Brekke has fled the country, interior ministry spokeswoman Marta Olsen told reporters on Sunday.", "told", "Marta Olsen says Tomas Brekke flees country"},
	})
}

// TestTitleSaidGerundAfterTo checks that a reported clause whose verb
// takes a gerund after the preposition "to" keeps that "to" ("contributes
// to securing"), never the garbled "contributes securing", while a plain
// infinitive stays as it was.
func TestTitleSaidGerundAfterTo(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Marta Olsen", "person:marta-olsen", actor.Person, false}}, []headlineCase{
		{"The coastal patrol pact contributes to securing the northern fisheries, Fisheries Minister Marta Olsen said on Sunday.", "said", "Marta Olsen says coastal patrol pact contributes to securing northern fisheries"},
		{"The coastal patrol pact will help to secure the northern fisheries, Fisheries Minister Marta Olsen said on Sunday.", "said", "Marta Olsen says coastal patrol pact will help to secure northern fisheries"},
	})
}

// TestTitleSaidPrepositionalPredicate checks that a reported clause whose
// predicate is a prepositional noun with a phrase of its own ("are among
// the bidders for the carrier", "is under threat from a weed") still says
// what is said, never "issues statement".
func TestTitleSaidPrepositionalPredicate(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Marta Olsen", "person:marta-olsen", actor.Person, false}}, []headlineCase{
		{"The northern wetlands are under grave threat from an invasive reed, Environment Minister Marta Olsen warned on Sunday.", "warned", "Marta Olsen warns northern wetlands under grave threat from invasive reed"},
	})
}

// TestTitleTornReport checks that a verb of saying whose reported clause
// the parse tears, its subject read as the verb's object and its verb as a
// clause with no subject, says the clause in its own words, never the
// bare object ("says outcome of trial").
func TestTitleTornReport(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland government", "org:norland-government", actor.Organization, false},
	}, []headlineCase{
		{"The Norland government said Monday the result of the vote could lead to a full audit of the port contracts.", "said", "Norland government says result of vote could lead to full audit"},
	})
}

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
