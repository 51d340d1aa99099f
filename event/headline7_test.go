package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestTitleArrival checks that a visit told by a verb that needs no
// object and names no place keeps that verb, with the common noun of
// where it goes when the text gives one ("Refugees arrive in camp"),
// never the type's "make visit"; a named place still reads as before.
func TestTitleArrival(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Other refugees, meanwhile, continued to arrive in the camp, about 40 kilometres to the south of the city.", "arrive", "Refugees arrive in camp"},
		{"Putin and his delegation arrived here on Tuesday and met Kim on Wednesday, the statement said.", "arrived", "Putin and delegation arrive"},
		{"Putin arrived in Moscow on Tuesday.", "arrived", "Putin arrives in Moscow"},
		{"Putin arrived on Tuesday for talks with the leaders.", "arrived", "Putin arrives for talks with leaders"},
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

// TestTitleConnectorClause checks that a clause after a connector the
// parse reads as a noun with its participle ("after US-led forces
// invaded") is told in the present with its subject, not as a passive.
func TestTitleConnectorClause(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Iraqis were worse off than under Saddam Hussein, ousted from power after US-led forces invaded in March 2003.", "invaded", "US-led forces invade"},
	})
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

// TestTitleGerundOutcome checks that a gerund trigger the subject of a
// verb telling what became of it ("rioting broke out") is titled by the
// two, with where, not by the type's bare noun ("Protest").
func TestTitleGerundOutcome(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"More than 30 people were injured here Sunday when rioting broke out at a concert by the British rock group.", "rioting", "Rioting breaks out at concert"},
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

// TestTitleQuotedName checks that a quoted name before its noun ("an
// 'open skies' agreement") keeps the noun the parse hangs on it as an
// apposition.
func TestTitleQuotedName(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{`Russia and China are to sign an "open skies" agreement liberalising bilateral aviation traffic in June, the minister said.`, "sign", "Russia and China sign open skies agreement"},
	})
}

// TestTitleTalksTopic checks that talks about a gerund clause the parse
// makes their verb are titled by what they are about ("Talks on forming
// ..."), never as if the talks did it, and that a topic naming an actor
// as its possessor only still counts, even when the parse hangs it on
// the verb.
func TestTitleTalksTopic(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin said that talks on forming a national unity government were officially dead.", "talks", "Talks on forming national unity government"},
		// the place stands in what the talks are about, not said held
		// there (topicPlace): "talks on a dispute in the South China Sea"
		{"Putin said the two sides should build on progress reached during talks on China's WTO accession in Moscow.", "talks", "Talks on WTO accession held"},
	})
}

// TestTitleMeetingOfAgent checks that a meeting noun whose "of" phrase
// names its agent ("the conference of the NATO missions") does not make
// that phrase the other side ("NATO meets NATO missions"), and that a
// conference is held as one.
func TestTitleMeetingOfAgent(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The 11th inter-mission force commanders' conference of the NATO Missions in Kursk continued on Thursday evening.", "conference", "NATO holds conference"},
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

// TestTitleThingSubject checks that a market movement whose subject is a
// common noun its agent only modifies or possesses ("Russian shares",
// "China's imports") is titled by that noun phrase, never by the agent's
// name ("Russia surges").
func TestTitleThingSubject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Russian stocks fell sharply on Monday.", "fell", "Russian stocks fall"},
		{"China's imports of primary products declined due largely to price hikes.", "declined", "China's imports decline"},
		{"Russian shares surged 95 cents, or 9.9 percent, in early trade to an all-time high of 9.75 dollars on Monday.", "surged", "Russian shares surge 95 cents"},
	})
}

// TestTitleCommaOblique checks that an actor's phrase past a comma, another
// clause's the parse hangs on the verb, is not told as the verb's own
// ("Putin leaves Russia from Turkey").
func TestTitleCommaOblique(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Russian President Putin left China by air Sunday in defiance of UN sanctions against Beijing, after holding talks with Chinese leader Xi and government officials from Turkey, Chinese television said in a report monitored here.", "left", "Putin leaves China"},
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

// TestTitleNounSubjectOf checks that the noun of a type whose verb takes no
// object makes its "of" phrase the one who does it ("Ministers resign"),
// never the verb's object, and that a place the noun phrase names is not
// named twice.
func TestTitleNounSubjectOf(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The resignation of the ministers came as a surprise on Monday.", "resignation", "Ministers resign"},
		{`"We cannot afford this," Putin told a Moscow press conference on Monday.`, "press conference", "Moscow press conference held"},
	})
}

// TestTitleTitleBeforeDay checks that a day right after a person's title
// ("a Russian opposition leader Friday called") is no name of the person:
// the title's phrase names the subject, with the adjective of its
// compound's naming the agent.
func TestTitleTitleBeforeDay(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	text := "A Russian opposition leader Friday called for the resignation of a high-ranking Russian politician."
	in := input(text, tx{"Friday", timex.Date, "2024-06-14", true})
	in.Parse = p.Sentence
	if m := find(t, in, "called"); m.Title != "Russian opposition leader calls for resignation" {
		t.Errorf("%q: title %q", text, m.Title)
	}
}

// TestTitleUnitOf checks that a measure keeps what it measures ("1,159
// kilograms of heroin"), never the bare figure.
func TestTitleUnitOf(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Police in Moscow have seized at least 1,159 kilograms of heroin.", "seized", "Police seize 1,159 kilograms of heroin in Moscow"},
	})
}

// TestTitleTopicAfterPlace checks that what talks are about is found past
// their place even where the parse hangs it elsewhere ("talks in Moscow on
// a price dispute").
func TestTitleTopicAfterPlace(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Russia edged closer on Sunday to cutting gas supplies to neighbouring Ukraine as talks in Moscow on a price dispute entered their final hours.", "talks", "Talks on price dispute held in Moscow"},
	})
}

// TestTitleTimeSubjectAppos checks that a time the parse makes the subject,
// the true subject in apposition to it ("Late last month, China's top
// legislature passed"), names that subject, never the time nor no one.
func TestTitleTimeSubjectAppos(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	text := "Late last month, China's top legislature passed an amendment to the law on courts."
	in := input(text, tx{"Late last month", timex.Date, "2024-05", true})
	in.Parse = p.Sentence
	if m := find(t, in, "passed"); m.Title != "China's top legislature passes amendment" {
		t.Errorf("%q: title %q", text, m.Title)
	}
}

// TestTitleGerundNounEntry checks that a noun trigger the parse reads as a
// participle ("warning its courts") takes its verb's base form, never
// the noun ("newspapers warning courts"), with what it warns against
// (warnedOf).
func TestTitleGerundNounEntry(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Russian newspapers have also raised the pressure on Kyiv, warning its courts against handing down any ruling hostile to Moscow.", "warning", "Russian newspapers warn courts against handing ruling hostile to Moscow"},
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

// TestTitleNegatedInfinitive checks that a negated infinitive keeps the
// negation where the text puts it ("not to reduce", "to never use").
func TestTitleNegatedInfinitive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin vowed to never use violence against the protesters.", "vowed", "Putin vows to never use violence against protesters"},
		{"Putin urged Kim not to be afraid.", "urged", "Putin urges Kim Jong Un not to be afraid"},
	})
}

// TestTitlePredicateAdjective checks that a market movement told by the
// state it ends in keeps it with its figures ("close 0.8 percent higher",
// "closes unchanged at 23,000 roubles"), never the type's bare "move".
func TestTitlePredicateAdjective(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Russian shares closed unchanged at 23,000 roubles on Monday.", "closed", "Russian shares close unchanged at 23,000 roubles"},
	})
}

// TestTitleComparativeOnDay checks that a comparative the parse hangs on
// the day after it ("closed 0.8 percent higher Tuesday") still tells the
// state the verb ends in.
func TestTitleComparativeOnDay(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	text := "Russian blue-chip share prices closed 0.8 percent higher Tuesday as market sentiment improved following a mild rally, dealers said."
	in := input(text, tx{"Tuesday", timex.Date, "2024-06-18", true})
	in.Parse = p.Sentence
	if m := find(t, in, "closed"); m.Title != "Russian blue-chip share prices close 0.8 percent higher" {
		t.Errorf("%q: title %q", text, m.Title)
	}
}

// TestTitleChargeClause checks that what an object is accused of or
// blamed for, a gerund clause, completes the title ("accuses opposition of
// working with China"), never a bare side ("accuses opposition with
// China").
func TestTitleChargeClause(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin, who is running for re-election, has accused the opposition of working with China to disrupt the vote.", "accused", "Putin accuses opposition of working with China"},
		{"Putin blamed the rebels for killing three soldiers in Kursk.", "blamed", "Putin blames rebels for killing three soldiers"},
		{"Putin accused Kim of lying.", "accused", "Putin accuses Kim Jong Un of lying"},
	})
}

// TestTitleReportThing checks that an economic report whose subject is a
// common noun its agent modifies is titled by that noun ("Russian stock
// indexes post solid gains").
func TestTitleReportThing(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The main Russian stock indexes posted solid gains in Monday morning trading.", "posted", "Main Russian stock indexes post solid gains"},
	})
}
