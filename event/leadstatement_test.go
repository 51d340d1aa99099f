package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/timex"
)

// TestLeadStatement checks that the statement of an article's lead is an
// event when the lead tells nothing else and its speaker, named by the
// subject, speaks on a day the text gives (with none, the statement is
// publication-bound: TestLeadStatementUndated); and that no statement is
// made when the lead tells an event (not one only a detail of a noun
// phrase of the speech verb), the subject names no one or a news medium,
// a country qualifies another noun than a state's office, or the sentence
// is past the lead and the saying has no day of its own
// (laterstatement.go).
func TestLeadStatement(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
		{"Norwegian", "country:NOR", actor.Country, false},
		{"Norway", "country:NOR", actor.Country, false},
		{"NRK", "org:nrk", actor.Organization, false},
		{"Daily Courier", "org:daily-courier", actor.Organization, false},
		{"Nordkyst Lines", "org:nordkyst", actor.Organization, false},
		{"Nordic Energy Agency", "org:nea", actor.Organization, false},
		{"Nordic News Agency", "org:nna", actor.Organization, false},
		// a newspaper the name finder takes for a person
		{"Hokuriku Shimbun", "person:hokuriku-shimbun", actor.Person, false},
	}
	tue := tx{"Tuesday", timex.Date, "2024-06-18", true}
	checkDayStatements(t, p, extra, []statementCase{
		{"a named speaker's opinion on a day", "Finance Minister Lena Hartwig said Tuesday she was worried about the budget. The debate went on.",
			[]tx{tue}, "person:hartwig"},
		{"an inverted attribution", "The budget is too tight, Finance Minister Lena Hartwig said on Tuesday. The debate went on.",
			[]tx{{"on Tuesday", timex.Date, "2024-06-18", true}}, "person:hartwig"},
		{"a state's office a country qualifies", "Norwegian authorities said Tuesday the new tax was fair. The debate went on.",
			[]tx{tue}, "country:NOR"},
		{"an intention announced", "Finance Minister Lena Hartwig announced on Tuesday that she would step down. The debate went on.",
			[]tx{{"on Tuesday", timex.Date, "2024-06-18", true}}, "person:hartwig"},
		{"a saying told in a when-clause of a day", "The ruling party suffered a new blow Tuesday when its chairman, Lena Hartwig, announced her defection to a rival party. The debate went on.",
			[]tx{tue}, "person:hartwig"},
		{"a dateline's here before the day", "Finance Minister Lena Hartwig said here Tuesday she was worried about the budget. The debate went on.",
			[]tx{tue}, "person:hartwig"},
		{"an office after an adjective", "The new tax is fair, a senior Norwegian official said Tuesday. The debate went on.",
			[]tx{tue}, "country:NOR"},
		{"an intention of the speaker's own", "Nordkyst Lines said Tuesday it would buy a rival ferry company. The debate went on.",
			[]tx{tue}, "org:nordkyst"},
		{"a quotation's speaker after the verb, the day closing the sentence",
			"\"We will not cut the budget,\" said the country's finance minister, Lena Hartwig, here on Tuesday. The debate went on.",
			[]tx{{"on Tuesday", timex.Date, "2024-06-18", true}}, "person:hartwig"},
		{"a closing day after another clause", "\"We will not cut the budget,\" said Lena Hartwig, who arrived on Tuesday. The debate went on.",
			[]tx{{"on Tuesday", timex.Date, "2024-06-18", true}}, ""},
		{"a lead telling an event", "Police said Tuesday a bomb killed three people in the market. The debate went on.",
			[]tx{tue}, ""},
		{"an event only a detail of what is announced", "President Lena Hartwig on Tuesday announced a national day of mourning for the victims of a ferry crash. The debate went on.",
			[]tx{tue}, "person:hartwig"},
		{"an event only a detail of the speech's setting", "Finance Minister Lena Hartwig said Tuesday at the end of a two-day visit to Oslo that the new tax was fair. The debate went on.",
			[]tx{tue}, "person:hartwig"},
		{"an event the object heads", "Finance Minister Lena Hartwig on Tuesday announced the arrest of two tax officials. The debate went on.",
			[]tx{tue}, ""},
		{"a subject naming no one", "Witnesses said Tuesday the streets were calm. The debate went on.", []tx{tue}, ""},
		{"a country qualifying a person", "A Norwegian lawmaker said Tuesday the new tax was unfair. The debate went on.", []tx{tue}, ""},
		{"an agency that is no medium", "The Nordic Energy Agency said Tuesday the new tax was fair. The debate went on.",
			[]tx{tue}, "org:nea"},
		{"a news agency", "The Nordic News Agency said Tuesday the mayor was unwell. The debate went on.", []tx{tue}, ""},
		{"a news medium", "The Daily Courier newspaper said Tuesday the mayor was unwell. The debate went on.", []tx{tue}, ""},
		{"a news medium read as a person", "The Hokuriku Shimbun said Tuesday the mayor was unwell. The debate went on.", []tx{tue}, ""},
		{"a verb of speech inside what a closing report says",
			"\"Norway insists on a quick end to the quarrel over fishing quotas,\" said Norwegian ministry spokeswoman Lena Hartwig on Tuesday. The debate went on.",
			[]tx{{"on Tuesday", timex.Date, "2024-06-18", true}}, "person:hartwig"},
		{"a planned announcement inside what a closing report says",
			"Norway will announce a new fund for schools next month, said Finance Minister Lena Hartwig here on Tuesday. The debate went on.",
			[]tx{{"on Tuesday", timex.Date, "2024-06-18", true}}, "person:hartwig"},
		{"a named speaker before an apposition, after the clause she reports",
			"Norway will build a second power line to Sweden within two years, Lena Hartwig, head of grid planning of the Nordic Energy Agency (NEA), said here Tuesday. The debate went on.",
			[]tx{tue}, "person:hartwig"},
		{"a day on the occasion of the saying",
			"Finance Minister Lena Hartwig said in a newspaper interview Tuesday that the budget was too tight. The debate went on.",
			[]tx{tue}, "person:hartwig"},
		{"a day on a participle of the occasion",
			"The budget is too tight, Finance Minister Lena Hartwig said in a newspaper interview published on Tuesday. The debate went on.",
			[]tx{{"on Tuesday", timex.Date, "2024-06-18", true}}, "person:hartwig"},
		{"a day right after the addressee",
			"Finance Minister Lena Hartwig told farm leaders Tuesday her country would export more grain next year. The debate went on.",
			[]tx{tue}, "person:hartwig"},
		{"a statement a news medium's closing report relays",
			"Finance Minister Lena Hartwig said on Tuesday she would step down, the Daily Courier newspaper reported. The debate went on.",
			[]tx{{"on Tuesday", timex.Date, "2024-06-18", true}}, "person:hartwig"},
		{"a news medium named by its compound",
			"A lost painting has been found in a barn, Norwegian broadcaster NRK said on Tuesday. The debate went on.",
			[]tx{{"on Tuesday", timex.Date, "2024-06-18", true}}, ""},
		{"past the lead, a day of its own (laterstatement.go)", "The debate went on. It was long. Finance Minister Lena Hartwig said Tuesday she was worried about the budget.",
			[]tx{tue}, "person:hartwig"},
		{"past the lead, no day of its own", "The debate went on. It was long. Finance Minister Lena Hartwig said she was worried about the budget.",
			nil, ""},
	})
}

// TestLeadStatementVerb checks that a lead's statement made with a verb
// other than say or tell keeps that verb in its title ("confirms", not
// "says").
func TestLeadStatementVerb(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := inputWith("Health Minister Lena Hartwig confirmed on Tuesday two new cases of the disease. The debate went on.",
		[]ent{{"Lena Hartwig", "person:hartwig", actor.Person, false}}, tx{"on Tuesday", timex.Date, "2024-06-18", true})
	in.Parse = p.Sentence
	var titles []string
	for _, m := range Extract(in) {
		if m.Type == Statement {
			titles = append(titles, m.Title)
		}
	}
	if len(titles) != 1 || !strings.Contains(titles[0], "Lena Hartwig confirms ") {
		t.Errorf("got statements titled %q, want one titled \"Lena Hartwig confirms ...\"", titles)
	}
}

// TestLeadStatementHeadline checks that the headline titles a lead's
// statement when it names the speaker, and that an editor's note ending in
// "///" titles nothing.
func TestLeadStatementHeadline(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Lena Hartwig", "person:hartwig", actor.Person, false}}
	text := "Finance Minister Lena Hartwig said Tuesday she was worried about the budget. The debate went on."
	for _, c := range []struct{ headline, want string }{
		{"Hartwig worried about tight budget", "Hartwig worried about tight budget"},
		{"Budget debate drags on in parliament", ""},
		{"ATTENTION - ADDS Hartwig quotes, details ///", ""},
	} {
		in := inputWith(text, extra, tx{"Tuesday", timex.Date, "2024-06-18", true})
		in.Headline = c.headline
		in.Parse = p.Sentence
		got := ofType(Extract(in), Statement)
		switch {
		case len(got) != 1:
			t.Errorf("%q: got statements %v, want one", c.headline, summary(got))
		case c.want != "" && got[0].Title != c.want:
			t.Errorf("%q: title %q, want the headline", c.headline, got[0].Title)
		case c.want == "" && strings.Contains(c.headline, got[0].Title):
			t.Errorf("%q: titled by the headline, which names no speaker or is a note", c.headline)
		}
	}
}

// TestHeadlineReportedEvent checks that the headline titles a lead's event
// that a source reports ("Police said Tuesday a bomb killed three people")
// as it titles one the reporter tells.
func TestHeadlineReportedEvent(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"A car bomb killed three people in the market on Tuesday. The debate went on.",
		"A car bomb killed three people in the market on Tuesday, police said. The debate went on.",
	} {
		in := input(text, tx{"Tuesday", timex.Date, "2024-06-18", true})
		in.Headline = "Car bomb kills three in crowded market"
		in.Parse = p.Sentence
		m := find(t, in, "killed")
		if m.Title != in.Headline {
			t.Errorf("%q (%s): title %q, want the headline", text, m.Factuality, m.Title)
		}
	}
}

// TestLeadStatementByPublication checks that a lead's statement told in
// the present perfect with no day of its own is an event dated by the
// publication day, not by a time of what is said, and that a perfect
// inside a quotation, another speaker's words, makes none (a simple past
// with no day: TestLeadStatementUndated).
func TestLeadStatementByPublication(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
		{"Nordkyst Lines", "org:nordkyst", actor.Organization, false},
	}
	for _, c := range []struct {
		rule, text string
		times      []tx
		agent      string // the statement's agent, "" for no statement
	}{
		{"a perfect with no day", "Finance Minister Lena Hartwig has said the budget is too tight. The debate went on.", nil, "person:hartwig"},
		{"a perfect and a time of what is said", "Nordkyst Lines has confirmed its part in a ferry race from January 5. The debate went on.",
			[]tx{{"January 5", timex.Date, "2025-01-05", true}}, "org:nordkyst"},
		{"a perfect in a quotation", "\"Lena Hartwig has said the budget is too tight,\" the mayor told the council. The debate went on.", nil, ""},
	} {
		in := inputWith(c.text, extra, c.times...)
		in.Parse = p.Sentence
		var got []Mention
		for _, m := range ofType(Extract(in), Statement) {
			if len(m.Participants) > 0 && m.Participants[0].ActorID == "person:hartwig" || c.agent != "" {
				got = append(got, m)
			}
		}
		switch {
		case c.agent == "" && len(got) > 0:
			t.Errorf("%s: %q: got statements %v, want none", c.rule, c.text, summary(got))
		case c.agent != "" && (len(got) != 1 || len(got[0].Participants) == 0 || got[0].Participants[0].ActorID != c.agent):
			t.Errorf("%s: %q: got statements %v (%v), want one by %s", c.rule, c.text, summary(got), got, c.agent)
		case c.agent != "" && (got[0].Time != nil || got[0].Basis != Publication):
			t.Errorf("%s: %q: statement dated by %v (%s), want the publication day", c.rule, c.text, got[0].Time, got[0].Basis)
		}
	}
}

// TestLeadStatementUnparsedSpeaker checks the speaker of a lead's
// statement whose verb the parse leaves without a subject (the test's
// parse drops the subject of "said"): the name that opens the sentence
// before an apposition.
func TestLeadStatementUnparsedSpeaker(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
	}
	tue := tx{"on Tuesday", timex.Date, "2024-06-18", true}
	for _, c := range []struct {
		rule, text, agent string
	}{
		{"a name before an apposition", "Lena Hartwig, the exiled founder of the country's decades-old ferry union, said on Tuesday she fears she could be sued by the state. The debate went on.", "person:hartwig"},
	} {
		in := inputWith(c.text, extra, tue)
		in.Parse = func(text string, start, end int) conllu.Sentence {
			// the parse's misreading: "said" left without a subject
			cs := p.Sentence(text, start, end)
			for i := range cs.Tokens {
				if h := cs.Tokens[i].Head; h > 0 && cs.Tokens[h-1].Form == "said" && cs.Tokens[i].DepRel == "nsubj" {
					cs.Tokens[i].DepRel = "dep"
				}
			}
			return cs
		}
		var got []Mention
		for _, m := range ofType(Extract(in), Statement) {
			if m.Basis != PublicationBound || c.agent != "" {
				got = append(got, m) // a named speaker's first saying with no day is bound by the publication (TestNamedSaying)
			}
		}
		switch {
		case c.agent == "" && len(got) > 0:
			t.Errorf("%s: %q: got statements %v, want none", c.rule, c.text, summary(got))
		case c.agent != "" && (len(got) != 1 || got[0].Participants[0].ActorID != c.agent):
			t.Errorf("%s: %q: got statements %v (%v), want one by %s", c.rule, c.text, summary(got), got, c.agent)
		}
	}
}

// statementCase is a text and the agent of the one statement it must
// give, dated 2024-06-18; "" for no statement.
type statementCase struct {
	rule, text string
	times      []tx
	agent      string
}

// checkDayStatements extracts the statements of each case's text, parsed
// by p, with extra known names.
func checkDayStatements(t *testing.T, p *nlp.Pipeline, extra []ent, cases []statementCase) {
	t.Helper()
	for _, c := range cases {
		in := inputWith(c.text, extra, c.times...)
		in.Parse = p.Sentence
		var got []Mention
		for _, m := range ofType(Extract(in), Statement) {
			if m.Basis != PublicationBound || c.agent != "" {
				got = append(got, m) // a named speaker's first saying with no day is bound by the publication (TestNamedSaying)
			}
		}
		switch {
		case c.agent == "" && len(got) > 0:
			t.Errorf("%s: %q: got statements %v, want none", c.rule, c.text, summary(got))
		case c.agent != "" && (len(got) != 1 || len(got[0].Participants) == 0 || got[0].Participants[0].ActorID != c.agent):
			t.Errorf("%s: %q: got statements %v (%v), want one by %s", c.rule, c.text, summary(got), got, c.agent)
		case c.agent != "" && (got[0].Time == nil || got[0].Time.Value != "2024-06-18"):
			t.Errorf("%s: %q: statement dated by %v, want 2024-06-18", c.rule, c.text, got[0].Time)
		}
	}
}
