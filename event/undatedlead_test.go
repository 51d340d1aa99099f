package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestLeadStatementUndated checks that a lead's saying with no day of its
// own is a statement bounded by the publication day (publication-bound,
// no time: not the day of the clause it reports, of a bound or of an
// occasion to come), in the first sentence or in the second after a first
// that told no news; and that none is made after a first sentence telling
// news, for a saying inside a quotation, or for a speaker after the verb
// that is no speaker's: a demonym standing for a person, a report, or a
// name in a phrase of the verb ("said in the week before her talks with
// Norway"), nor the country a quotation before the speaker names.
func TestLeadStatementUndated(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
		{"Norwegian", "country:NOR", actor.Country, false},
		{"Norway", "country:NOR", actor.Country, false},
		{"Oslo", "country:NOR", actor.Country, false},
		{"Nordic Energy Agency", "org:nea", actor.Organization, false},
	}
	tue := tx{"on Tuesday", timex.Date, "2024-06-18", true}
	for _, c := range []struct {
		rule, text string
		times      []tx
		agent      string // the statement's agent, "" for no statement
	}{
		{"a simple past with no day", "Finance Minister Lena Hartwig said the budget was too tight. The debate went on.", nil, "person:hartwig"},
		{"the reported clause's day", "Finance Minister Lena Hartwig said the budget was drafted in January. The debate went on.",
			[]tx{{"January", timex.Date, "2024-01", true}}, "person:hartwig"},
		{"a bound the parse may hang on the verb", "Finance Minister Lena Hartwig announced the new fares from Tuesday. The debate went on.",
			[]tx{{"Tuesday", timex.Date, "2024-06-18", true}}, "person:hartwig"},
		{"an occasion still to come",
			"The budget is too tight, Finance Minister Lena Hartwig said in an interview to be aired on Tuesday. The debate went on.",
			[]tx{tue}, "person:hartwig"},
		{"an inverted attribution with an apposition",
			"The budget is too tight, said Lena Hartwig, head of the Nordic Energy Agency. The debate went on.", nil, "person:hartwig"},
		{"the second sentence after a first with no news",
			"The hall was quiet. The budget is too tight, Finance Minister Lena Hartwig said.", nil, "person:hartwig"},
		{"the second sentence after a first telling news",
			"Police arrested two tax officials on Tuesday. The budget is too tight, Finance Minister Lena Hartwig said.", []tx{tue}, ""},
		{"a saying inside a quotation",
			"\"Lena Hartwig said the budget was too tight,\" the mayor told the council. The debate went on.", nil, ""},
		{"a demonym after the verb stands for a person",
			"\"The budget is too tight,\" said the Norwegian. The debate went on.", nil, ""},
		{"a report after the verb",
			"The budget is too tight, said reports reaching here from Oslo. The debate went on.", nil, ""},
		{"a preposition after the verb that ends the text (no token after it)",
			"The budget is too tight, said the minister in", nil, ""},
		{"a name in a phrase of the verb, the speaker before it",
			"\"Norway, with its oil wealth, matters to us,\" Lena Hartwig, head of the Nordic Energy Agency, said in the week before her talks with Norway. The debate went on.",
			nil, "person:hartwig"},
	} {
		in := inputWith(c.text, extra, c.times...)
		in.Parse = p.Sentence
		in.Names = map[string]string{"country:NOR": "Norway"}
		got := ofType(Extract(in), Statement)
		switch {
		case c.agent == "" && len(got) > 0:
			t.Errorf("%s: %q: got statements %v, want none", c.rule, c.text, summary(got))
		case c.agent != "" && (len(got) != 1 || len(got[0].Participants) == 0 || got[0].Participants[0].ActorID != c.agent):
			t.Errorf("%s: %q: got statements %v (%v), want one by %s", c.rule, c.text, summary(got), got, c.agent)
		case c.agent != "" && (got[0].Time != nil || got[0].Basis != PublicationBound):
			t.Errorf("%s: %q: statement dated by %v (%s), want publication-bound with no time", c.rule, c.text, got[0].Time, got[0].Basis)
		}
	}
}
