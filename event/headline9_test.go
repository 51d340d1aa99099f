package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

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

// TestTitleVisitPossessorPlace checks that a visit whose verb goes to a
// phrase a country's name possesses, with no location among the
// participants, names that country ("headed to Norland's mountainous
// northern region" → "heads to Norland"), never "makes visit".
func TestTitleVisitPossessorPlace(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, trigger, want string }{
		{"More than 300 Chinese troops headed to Norland's mountainous southern region on Friday.", "headed", "Chinese troops head to Norland"},
	} {
		in := inputWith(c.text, []ent{
			{"Chinese troops", "agent:CHN:military", actor.Organization, false},
			{"Norland", "country:NOR", actor.Country, false},
		})
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
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

// TestTitleClausalGerundSubject checks that a gerund the parse reads as
// a clausal subject, with no object of its own, heads the subject
// ("Lending to small firms fell 4 percent" → "Lending falls 4 percent"),
// never "Market movement".
func TestTitleClausalGerundSubject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Lending to small firms fell 4 percent in the third quarter.", "fell", "Lending falls 4 percent"},
		{"Spending on new schools plunged 11.2 percent, the sharpest fall in a decade.", "plunged", "Spending plunges 11.2 percent"},
	})
}

// TestTitleNounSubjectCoordinatedVerb checks that an event noun subject
// of a verb that says nothing of it takes the object of a verb coordinated
// with that verb ("a mine explosion occurred there and killed 31 miners"
// → "Mine explosion kills 31 miners"), never the bare noun.
func TestTitleNounSubjectCoordinatedVerb(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"A mine explosion occurred in the province last year and killed 31 miners.", "mine explosion", "Mine explosion kills 31 miners"},
		{"A gas explosion happened at the plant on Monday and killed 12 workers.", "gas explosion", "Gas explosion kills 12 workers"},
	})
}

// TestTitleChargeOfBeing checks that a charge "of being" something keeps
// what it says ("accused the inquiry of being a ploy" → "accuses inquiry
// of being ploy"), never the bare "accuses inquiry".
func TestTitleChargeOfBeing(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin accused the inquiry of being a ploy to protect Lavrov.", "accused", "Putin accuses inquiry of being ploy"},
		{"Putin accused the commission of being biased.", "accused", "Putin accuses commission of being biased"},
		{"Putin accused Russia of being a rogue state.", "accused", "Putin accuses Russia of being rogue state"},
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

// TestTitleInfinitiveGoal checks that a "to" infinitive keeps the "to"
// oblique after its object, where the act takes it ("vowed to bring the
// killers to justice" → "vows to bring killers to justice").
func TestTitleInfinitiveGoal(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin vowed on Monday to bring the bombers to justice.", "vowed", "Putin vows to bring bombers to justice"},
		{"Putin urged France to send more engineers to Crimea.", "urged", "Putin urges France to send more engineers to Crimea"},
	})
}
