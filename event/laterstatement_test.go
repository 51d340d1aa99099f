package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// ferryLead is the lead of a made-up story of a ferry strike, which the
// tests of sayings past the lead continue.
const ferryLead = "The ferry strike entered its third week. Unions blocked the ports. "

// TestLaterStatement checks that a named speaker's saying past the lead,
// or an admission or a position restated there, is a statement of the day
// it gives, and that none is made when the saying has no day of its own
// (but see newssaying_test.go) (a day of a relative clause of its speaker is not its own), only the
// month of its occasion or a month in a relative clause ("X, which last
// month said"),
// lies in an adverbial clause, only sources an act done its clause tells,
// or has no named speaker.
func TestLaterStatement(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
		{"Nordkyst Lines", "org:nordkyst", actor.Organization, false},
		{"Norland", "country:NLD", actor.Country, false},
	}
	lead := ferryLead
	tue := tx{"Tuesday", timex.Date, "2024-06-18", true}
	checkDayStatements(t, p, extra, []statementCase{
		{"a named person's opinion on a day", lead + "Transport Minister Lena Hartwig said Tuesday the strike was hurting trade.",
			[]tx{tue}, "person:hartwig"},
		{"a body's intention, the day before the verb", lead + "Nordkyst Lines on Tuesday said it would cut two routes.",
			[]tx{tue}, "org:nordkyst"},
		{"an inverted attribution with its day", lead + "\"The strike has gone on too long,\" Lena Hartwig told reporters on Tuesday.",
			[]tx{{"on Tuesday", timex.Date, "2024-06-18", true}}, "person:hartwig"},
		{"no day of its own", lead + "Transport Minister Lena Hartwig said the strike was hurting trade.",
			nil, ""},
		{"a month of an occasion only", lead + "Transport Minister Lena Hartwig said in an October interview that the strike was hurting trade.",
			[]tx{{"October", timex.Date, "2023-10", false}}, ""},
		{"a month of a relative clause's saying", lead + "Lena Hartwig, who last month announced her retirement, was seen in the port.",
			[]tx{{"last month", timex.Date, "2024-05", true}}, ""},
		{"an adverbial clause", lead + "Trade suffered, as Lena Hartwig said Tuesday after the meeting.",
			[]tx{tue}, ""},
		{"an act done the clause tells", lead + "Nordkyst Lines said Tuesday it had sold two ferries.",
			[]tx{tue}, ""},
		{"no named speaker", lead + "Dock workers said Tuesday the strike was hurting trade.",
			[]tx{tue}, ""},
		{"an admission, its day before the verb", lead + "Lena Hartwig on Tuesday admitted that the talks had failed.",
			[]tx{tue}, "person:hartwig"},
		{"a position restated at an occasion of the day", lead + "In an interview Tuesday, Lena Hartwig reaffirmed that the ports would stay open.",
			[]tx{tue}, "person:hartwig"},
		{"an admission in the perfect with no day of its own", lead + "Lena Hartwig has admitted that the talks failed.",
			nil, ""},
		{"a day of a relative clause of the speaker", lead + "Nordkyst Lines which the regulator fined on Tuesday reaffirmed that its ferries were safe.",
			[]tx{{"on Tuesday", timex.Date, "2024-06-18", true}}, ""},
	})
}

// TestLaterStatementMonth checks that a saying past the lead dated by a
// month of its own, next to the verb (bare or after "in") or opening its
// clause, is a statement of that month by its speaker, and that a year is
// no such time.
func TestLaterStatementMonth(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
		{"Nordkyst Lines", "org:nordkyst", actor.Organization, false},
	}
	lead := ferryLead
	for _, c := range []struct {
		rule, text, agent, month string
		times                    []tx
	}{
		{"a month right after the verb", lead + "Transport Minister Lena Hartwig said last month that the strike was hurting trade.",
			"person:hartwig", "2024-05", []tx{{"last month", timex.Date, "2024-05", true}}},
		{"a month opening the sentence", lead + "Earlier this month, Nordkyst Lines announced plans for two new routes.",
			"org:nordkyst", "2024-06", []tx{{"Earlier this month", timex.Date, "2024-06", true}}},
		{"a month after \"in\" right after the verb", lead + "Lena Hartwig announced in March that she would not seek a second term.",
			"person:hartwig", "2024-03", []tx{{"March", timex.Date, "2024-03", true}}},
		{"a year after \"in\" is no saying's own time", lead + "Lena Hartwig said in 2021 that the strike was hurting trade.",
			"", "", []tx{{"2021", timex.Date, "2021", false}}},
	} {
		in := inputWith(c.text, extra, c.times...)
		in.Parse = p.Sentence
		got := ofType(Extract(in), Statement)
		if c.agent == "" {
			if len(got) > 0 {
				t.Errorf("%s: %q: got %v, want no statement", c.rule, c.text, summary(got))
			}
			continue
		}
		if len(got) != 1 || len(got[0].Participants) == 0 || got[0].Participants[0].ActorID != c.agent || got[0].Time == nil || got[0].Time.Value != c.month {
			t.Errorf("%s: %q: got %v, want one statement by %s dated %s", c.rule, c.text, summary(got), c.agent, c.month)
		}
	}
}

// TestLaterStatementOtherDay checks that a happening of another day the
// sentence recalls leaves a later saying the day's news ("X, the judge at
// the 2019 trial, said Tuesday"), while one of the saying's own
// day is the news and makes no statement.
func TestLaterStatementOtherDay(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Lena Hartwig", "person:hartwig", actor.Person, false}}
	lead := ferryLead
	for _, c := range []struct {
		rule, text string
		times      []tx
		want       bool
	}{
		{"a trial of another year in the speaker's description",
			lead + "Lena Hartwig, the judge at the 2019 trial of ten smugglers, said on Tuesday that the stoppage was a disaster for trade.",
			[]tx{{"2019", timex.Date, "2019", false}, {"Tuesday", timex.Date, "2024-06-18", true}}, true},
		{"an arrest of the saying's day",
			lead + "Lena Hartwig said on Tuesday that police arrested ten strikers.",
			[]tx{{"Tuesday", timex.Date, "2024-06-18", true}}, false},
	} {
		in := inputWith(c.text, extra, c.times...)
		in.Parse = p.Sentence
		got := ofType(Extract(in), Statement)
		if (len(got) == 1) != c.want {
			t.Errorf("%s: %q: got statements %v, want one: %v", c.rule, c.text, summary(got), c.want)
		}
	}
}
