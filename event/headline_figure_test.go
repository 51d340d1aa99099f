package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

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

// TestTitleUnitOf checks that a measure keeps what it measures ("1,159
// kilograms of heroin"), never the bare figure.
func TestTitleUnitOf(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Police in Moscow have seized at least 1,159 kilograms of heroin.", "seized", "Police seize 1,159 kilograms of heroin in Moscow"},
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

// TestTitleReportThing checks that an economic report whose subject is a
// common noun its agent modifies is titled by that noun ("Russian stock
// indexes post solid gains").
func TestTitleReportThing(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The main Russian stock indexes posted solid gains in Monday morning trading.", "posted", "Main Russian stock indexes post solid gains"},
	})
}

// TestTitleVerbParticle checks that a verb's particle its lemma lacks
// stays in the headline ("closed down 1.2 percent" → "close down 1.2
// percent"), never dropped to leave the direction unsaid.
func TestTitleVerbParticle(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Shares closed down 1.2 percent on Monday.", "closed", "Shares close down 1.2 percent"},
		{"Korean share prices closed up 0.5 percent on Monday.", "closed", "Korean share prices close up 0.5 percent"},
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

// TestTitleFigureAsAgent checks that a figure the parse takes for the
// agent of a move ("fell by 9 cents" as obl:agent) stays in the headline
// ("Harbour Steel falls by 9 cents"), never "Harbour Steel falls".
func TestTitleFigureAsAgent(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Harbour Steel fell by 9 cents to 4.10 dollars.", "fell", "Harbour Steel falls by 9 cents"},
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

// TestTitleComparativeOnDayObject checks that a market verb whose
// comparative the parse hangs on a day read as its object ("ended higher
// Friday": "higher" a modifier of "Friday") keeps the comparative ("Stocks
// end higher"), never a bare "Stocks end".
func TestTitleComparativeOnDayObject(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, trigger, day, value, want string }{
		{"Russian stocks ended lower Thursday after a weak report on factory orders.", "ended", "Thursday", "2024-06-20", "Russian stocks end lower"},
		{"Shares in Moscow closed higher Monday after a strong jobs report.", "closed", "Monday", "2024-06-17", "Shares close higher in Moscow"},
	} {
		in := input(c.text, tx{c.day, "DATE", c.value, true})
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitleCountedObject checks that a number object counting a plural
// "of" phrase keeps it ("won two of the six stages" → "wins two of six
// stages"), never a bare "wins two".
func TestTitleCountedObject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin won two of the six stages around Kursk on Sunday.", "won", "Putin wins two of six stages"},
	})
}

// TestTitleBoundNumber checks that a bound on a number the parse puts
// inside a noun phrase stays ("not to reduce its holding below 25
// percent" → "not to reduce holding below 25 percent"), never "holding 25
// percent", which says another thing.
func TestTitleBoundNumber(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Russia had earlier pledged not to reduce its holding below 25 percent.", "pledged", "Russia pledges not to reduce holding below 25 percent"},
	})
}

// TestTitleNumberParsedApart checks that a number right before a plural
// noun the parse hangs elsewhere still counts it ("the death toll rose to
// three and 12 others were wounded" → "12 others wounded"), never a bare
// "Others wounded".
func TestTitleNumberParsedApart(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The death toll rose to three and 12 others were wounded when a car bomb struck a funeral ceremony on Wednesday.", "wounded", "12 others wounded"},
	})
}

// TestTitleComparedObject checks that "more than N people" parsed with
// "more" as the verb's object and the people as an oblique still gives
// the people as the object ("a series of bombings that killed more than
// 180 people" → "180 people killed", "Bombings kill 180 people"), never
// the type's bare noun.
func TestTitleComparedObject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Police said a series of bombings that killed more than 180 people hit the city on Sunday.", "killed", "180 people killed"},
		{"Police said a series of bombings that killed more than 180 people hit the city on Sunday.", "bombings", "Bombings kill 180 people"},
	})
}

// TestTitleHyphenatedCount checks that a count the parse splits at its
// hyphen keeps both halves ("Sixty-four flights postponed", never "Four
// flights postponed").
func TestTitleHyphenatedCount(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Sixty-four flights to Lyon were postponed because of heavy snow on Saturday.", "postponed", "Sixty-four flights postponed"},
	})
}

// TestTitleChangeNounIn checks that a bare object naming a change keeps
// its "in" phrase (change_nouns: "posted an increase in net profits" →
// "posts increase in net profits"), never "posts increase".
func TestTitleChangeNounIn(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland Motors", "org:norland-motors", actor.Organization, false},
	}, []headlineCase{
		{"Thanks to brisk exports, Norland Motors posted an increase in net profits last year.", "posted", "Norland Motors posts increase in net profits"},
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

// TestTitleFigureOnBareDay checks that a market move keeps the figure the
// parse hangs on a bare weekday the time tagger may leave untagged ("rose
// two percent Tuesday" → "rises two percent"), never the bare "rises".
func TestTitleFigureOnBareDay(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The Norland index rose two percent Tuesday.", "rose", "Norland index rises two percent"},
		{"The Norland index dropped three percent Monday.", "dropped", "Norland index drops three percent"},
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

// TestTitleChangeFigure checks that a change noun as an object keeps the
// figure it reaches ("demands increase to 300 dollars"), never the bare
// "demands increase".
func TestTitleChangeFigure(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Gasco", "org:gasco", actor.Organization, false}}, []headlineCase{
		{"Gasco first demanded an increase to 300 dollars, unless the buyer agreed to sell its port.", "demanded", "Gasco demands increase to 300 dollars"},
	})
}

// TestTitleChangeIn checks that an event noun with no side in the "in"
// phrase of a change that is a verb too ("a fall in net earnings to 300
// million kroner") is titled by that change and the figure it reaches,
// never the bare noun phrase ("Net profit").
func TestTitleChangeIn(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The weak year came after a fall in net profit to 300 million Danish kroner.", "profit", "Net profit falls to 300 million Danish kroner"},
	})
}

// TestTitleAmountIn checks that a sum of money a verb takes for its object
// keeps the "in" phrase after it that says what the money is in ("recorded
// 2.1 billion dollars in trade with Peru"), never the bare sum.
func TestTitleAmountIn(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Peru", "country:PER", actor.Country, false},
	}, []headlineCase{
		{"Norland recorded 2.1 billion dollars in trade with Peru over the year.", "recorded", "Norland records 2.1 billion dollars in trade with Peru"},
	})
}
