package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
)

// TestCAMEOClause checks the rules of cameoclause.go and cameo.go that
// keep a dictionary verb from being an event of its own, each beside a
// sentence where the same verb is one: the parse is given, as in a build.
func TestCAMEOClause(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, trigger string
		want          bool
	}{
		// an active verb needs an actor subject, not a thing
		{"Russian troops broke the 2,000 mark on Monday.", "broke", true},
		{"The Russian death toll for the war broke the 2,000 mark on Monday.", "broke", false},
		{"The residents rebuked Putin on Monday.", "rebuked", true}, // people, not a thing
		{"The prices rebuked Putin on Monday.", "rebuked", false},
		// generic verbs need a pattern; some are never events
		{"Russian police said they had found crucial clues at the blast sites.", "found", false},
		{"Putin said the floods had affected North Korea.", "affected", false},
		// a visit needs a place after "to"
		{"Putin ruled Russia for 20 years.", "ruled", false},
		// a word the tagger reads as a noun is no verb
		{"The critics took the minister to task over the war.", "task", false},
		// a clause as the only object: the verb reports it
		{"The minister lamented the failure of the talks.", "lamented", true},
		{"The minister lamented that the talks had failed.", "lamented", false},
		{"The minister conceded defeat on Monday.", "conceded", true},
		{"The minister conceded that the talks had failed.", "conceded", false},
		// the gerund of a charge is its content
		{"Five Russian soldiers raped a woman in Kherson on Monday.", "raped", true},
		{"Five Russian soldiers were accused of raping a woman in Kherson.", "raping", false},
		{"Five Russian soldiers were accused of gang raping a woman in Kherson.", "raping", false},
		{"Kim organized the summit on Monday.", "organized", true},
		{"Putin congratulated Kim for successfully organizing the summit.", "organizing", false},
		// a sentence on a game: its verbs speak of play
		{"Russia defeated Ukraine near Kursk on Monday.", "defeated", true},
		{"Russia defeated the defending champion Ukraine in the snooker final.", "defeated", false},
		// an infinitive after a question word is weighed, not done
		{"The minister criticized the government on Monday.", "criticized", true},
		{"The minister weighed whether to criticize the government.", "criticize", false},
		// a participle modifying a noun describes it
		{"Putin blamed the officials for the failure.", "blamed", true},
		{"Putin named the officials blamed for the failure.", "blamed", false},
		{"Ukraine has new ways to criticize Russia.", "criticize", false},
		{"Ukraine caught Russian soldiers deserting on Monday.", "caught", true},
		{"Kyiv has offered shelter to Russian soldiers caught deserting who do not wish to return.", "caught", false},
		// a relative clause with no relative word describes its noun
		{"Pyongyang requested more aid on Monday.", "requested", true},
		{"Officials said the pledge was lower than the amount of aid Pyongyang requested.", "requested", false},
		// the catch-all statement code 010
		{"Putin conveyed his concern to Kim on Monday.", "conveyed", true}, // 012: a finer code
		{"Putin witnessed the parade on Monday.", "witnessed", false},
		// the catch-all consultation code 040
		{"Putin met with Kim on Monday.", "met", true},
		{"The minister weighed the offer on Monday.", "weighed", false},
		// death is the lexicon's, never the dictionary's
		{"Three Russian soldiers died in an attack on Monday.", "died", false},
		// a lexicon word its rules refused takes a fitting pattern only
		{"Putin called on the opposition to end the protests.", "called", true},
		{"Putin traveled on Monday.", "traveled", false}, // the lexicon needs "to"; the bare verb 040,
		// a verb that needs a pattern: bare, a request only with an object and the act asked for
		{"Putin asked Kim to send more troops.", "asked", true},
		{"Putin was asked about the troops on Monday.", "asked", false},
		{"Putin asked whether Kim would send more troops.", "asked", false},
	} {
		in := input(c.text)
		in.CAMEOVerbs = true
		in.Parse = p.Sentence
		got := false
		for _, m := range Extract(in) {
			// the game's result is the lexicon's sport_result, not a
			// dictionary event
			got = got || m.Trigger == c.trigger && m.Type != SportResult
		}
		if got != c.want {
			t.Errorf("%q: a mention on %q is %v, want %v", c.text, c.trigger, got, c.want)
		}
	}
}

// TestQuestionInfinitive checks, on the words alone (no parse), that an
// infinitive after a question word is no dictionary event.
func TestQuestionInfinitive(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          bool
	}{
		{"The minister will criticize Putin on Monday.", "criticize", true},
		{"The minister asked whether to criticize Putin.", "criticize", false},
		{"The minister asked how to criticize Putin.", "criticize", false},
	} {
		got := false
		in := input(c.text)
		in.CAMEOVerbs = true
		for _, m := range Extract(in) {
			// the game's result is the lexicon's sport_result, not a
			// dictionary event
			got = got || m.Trigger == c.trigger && m.Type != SportResult
		}
		if got != c.want {
			t.Errorf("%q: a mention on %q is %v, want %v", c.text, c.trigger, got, c.want)
		}
	}
}

// TestDangerWarning checks that a warning of a danger is a statement, a
// pessimistic comment (012), while a warning of what the speaker will do
// is a threat (130): a danger told in a clause before the verb, in a
// clause the parse hangs on the object, or a pronoun's state counts; and
// a warning that tells no threat of the speaker's own (warnthreat.go) is
// a statement too.
func TestDangerWarning(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want Type
		code string
	}{
		{"Putin warned that Ukrainian troops will step up their attacks on Kursk.", Statement, "012"},
		{"Putin warned that a failed reform could plunge the country into chaos.", Statement, "012"},
		{"NATO warned that NATO forces would respond to any attack.", Threaten, "130"},
		{"Putin warned that he would respond to any attack.", Threaten, "130"},
		{"Putin warned against excessive optimism.", Statement, "012"},
		{"The UN warned of floods in the south.", Statement, "012"},
		{"The UN warned of a famine in Russia.", Statement, "012"},
		{"The UN has warned of mounting hunger in northern Russia.", Statement, "012"},
		{"Putin warned Kim against a missile test.", Threaten, "130"},
		{"Putin warned against the rebels.", Threaten, "130"},
		// the danger told before the verb
		{"The province faces a slide into lawlessness, Putin warned on Monday.", Statement, "012"},
		{"We will hit back hard, Putin warned on Monday.", Threaten, "130"},
		// a that-clause the parse hangs on the object
		{"The WHO warned the coastal states that there is a high risk of cholera.", Statement, "012"},
		// a pronoun's state, not its deed to come
		{"Putin warned on Monday he was not hopeful about the summit.", Statement, "012"},
		{"Putin warned on Monday he would strike the border posts.", Threaten, "130"},
		// a warning that tells no threat of the speaker's own side is none
		// (warnthreat.go); a hearer warned against an act, a coercive means
		// warned of and the speaker's own deed to come are threats
		{"The senator warned against hasty conclusions about the vote.", Statement, "012"},
		{"The minister warned the harvest may not be able to recover this year.", Statement, "012"},
		{"Lord Vane warned the editors to show restraint in their coverage.", Statement, "012"},
		{"Finance Minister Jane Roe warned that if the budget is not passed it would leave the schools short of funds.", Statement, "012"},
		{"Ruritania warned Borduria against interfering in the dispute.", Threaten, "130"},
		{"Ruritania warned Borduria of heavy consequences if the border was crossed.", Threaten, "130"},
		{"The rebels warned Friday they would soon be taking steps to defend the valley.", Threaten, "130"},
		{"The general warned the colonels not to cross the river.", Threaten, "130"},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		m := find(t, in, "warned")
		if m.Type != c.want || m.CAMEO != c.code {
			t.Errorf("%q: %s/%s, want %s/%s", c.text, m.Type, m.CAMEO, c.want, c.code)
		}
	}
	// the gerund of a warning the dictionary leaves a plain statement: a
	// "that" clause tells the danger
	for _, c := range []struct {
		text string
		want Type
		code string
	}{
		{"Putin spoke to the press, while warning Minsk that the reform was vital to its economy.", Statement, "012"},
		{"Putin joined the chorus of critics, warning that grain stocks had fallen to a record low.", Statement, "012"},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		m := find(t, in, "warning")
		if m.Type != c.want || m.CAMEO != c.code {
			t.Errorf("%q: %s/%s, want %s/%s", c.text, m.Type, m.CAMEO, c.want, c.code)
		}
	}
}

// TestDangerNoun checks that a warning noun naming a danger, after "of"
// or as the noun before it, is a pessimistic comment (012), and one to
// someone a plain statement.
func TestDangerNoun(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, code string
	}{
		{"Putin issued a stark warning of shortages in the grain market on Monday.", "012"},
		{"Putin issued a flood warning for the Volga delta on Monday.", "012"},
		{"Putin issued a warning to Kim on Monday.", "010"},
		// a "that" clause tells the danger, past the hearer and the time
		{"Putin issued a warning that grain prices could soar.", "012"},
		{"Putin gave a blunt warning to Tallinn on Friday that its bid for membership could hurt trade.", "012"},
		{"Putin issued a warning that was ignored by Kim.", "010"}, // a relative clause on the warning
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		m := find(t, in, "warning")
		if m.Type != Statement || m.CAMEO != c.code {
			t.Errorf("%q: %s/%s, want statement/%s", c.text, m.Type, m.CAMEO, c.code)
		}
	}
}

// TestLifelessDoer checks that "threaten" with a thing for its doer (a
// storm, a fire, a danger, an event) is no threat, nor "arrive" with a
// thing a visit, and that with a person, a body or a name they are.
func TestLifelessDoer(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text    string
		trigger string
		want    bool
	}{
		{"A heavy storm is threatening to flood the harbour town by Sunday.", "threatening", false},
		{"A forest fire spread across 500 hectares on Monday, threatening farms.", "threatening", false},
		{"Corruption threatens the recovery of the Latvian economy.", "threatens", false},
		{"A bombing which threatened to derail the peace process shook Colombo.", "threatened", false},
		{"Typhoon Mira is threatening to hit the northern coast of Luzon.", "threatening", false},
		{"The rebels threatened on Monday to seize the airport.", "threatened", true},
		{"The dockers' union threatened to strike on Monday.", "threatened", true},
		{"Russia threatened to cut gas supplies to Latvia.", "threatened", true},
		{"The opposition majority who threatened to boycott the vote met Putin.", "threatened", true},
		{"Russia's rotating presidency threatened to withdraw the draft.", "threatened", true},
		{"The silver trophy arrived in Kyiv on Monday.", "arrived", false},
		{"A shipment of tinned fish arrived in Beijing on Monday.", "arrived", false},
		{"Putin arrived in Beijing on Monday for a state visit.", "arrived", true},
		{"The Russian delegation arrived in Ankara on Monday.", "arrived", true},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		got := false
		for _, m := range Extract(in) {
			got = got || m.Trigger == c.trigger && (m.Type == Threaten || m.Type == Visit)
		}
		if got != c.want {
			t.Errorf("%q: a threat or visit on %q is %v, want %v", c.text, c.trigger, got, c.want)
		}
	}
}

// TestVerbalActs checks the verbs of verbal conflict and appeal taken as
// events without Input.CAMEOVerbs (the lexicon's cameo_always), with the
// type of the dictionary's code, and that a thing as their subject makes
// no event.
func TestVerbalActs(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, trigger string
		want          Type // "" for no event
	}{
		{"Putin blamed NATO for the attack on Kursk.", "blamed", Disapprove},
		{"Putin criticized NATO on Monday.", "criticized", Disapprove},
		{"Russia rejected the proposal on Monday.", "rejected", Reject},
		{"Putin called on Kim to end the war.", "called", Appeal},
		{"Putin called for restraint on Monday.", "called", Appeal},
		{"The report criticized Russia for the attack on Kyiv.", "criticized", ""},
		{"Iran criticized Russia for the attack on Kyiv.", "criticized", Disapprove},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		var got Type
		for _, m := range Extract(in) {
			if m.Trigger == c.trigger || strings.HasPrefix(m.Trigger, c.trigger+" ") {
				got = m.Type
			}
		}
		if got != c.want {
			t.Errorf("%q %q: type %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}
