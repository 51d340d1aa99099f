package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestJudgedSubject checks that a saying past the lead whose reported
// clause judges a happening its subject noun names ("said such a deal was
// possible", "said the visit was a success") is a statement of its day,
// the noun telling no other news of that day (judgedSubject), with a
// headline keeping a predicate's case words whole ("not out of the
// question"); and that a clause telling the happening done ("said the
// talks ended") leaves the act the news.
func TestJudgedSubject(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Norland", "country:NLD", actor.Country, false},
		{"Ardena", "country:ARD", actor.Country, false},
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
	}
	lead := "Envoys of Norland and Ardena held talks on Wednesday. The talks lasted three hours. "
	thu := tx{"Thursday", timex.Date, "2024-06-20", true}
	wed := tx{"Wednesday", timex.Date, "2024-06-19", true}
	for _, c := range []struct {
		rule, text string
		agent      string // "" for no statement
		title      string // a part the title must hold
	}{
		{"a copula's noun", lead + "Lena Hartwig said Thursday that the talks were a success.", "person:hartwig", "talks"},
		{"a copula's phrase, case words whole", lead + "Lena Hartwig said Thursday that a new vote was not out of the question.", "person:hartwig", "not out of question"},
		{"the happening told done", lead + "Lena Hartwig said Thursday that new talks opened in the port.", "", ""},
	} {
		in := inputWith(c.text, extra, wed, thu)
		in.Parse = p.Sentence
		var got []Mention
		for _, m := range ofType(Extract(in), Statement) {
			if m.Time != nil && m.Time.Value == "2024-06-20" {
				got = append(got, m)
			}
		}
		switch {
		case c.agent == "" && len(got) > 0:
			t.Errorf("%s: %q: got statements %v, want none", c.rule, c.text, summary(got))
		case c.agent != "" && (len(got) != 1 || len(got[0].Participants) == 0 || got[0].Participants[0].ActorID != c.agent):
			t.Errorf("%s: %q: got statements %v, want one by %s", c.rule, c.text, summary(got), c.agent)
		case c.agent != "" && !strings.Contains(got[0].Title, c.title):
			t.Errorf("%s: %q: title %q, want it to hold %q", c.rule, c.text, got[0].Title, c.title)
		}
	}
}

// TestBorrowedPattern checks that a verb whose own dictionary patterns
// lack a feeling's noun takes those of the verb it borrows from
// (cameo_borrow: "voiced indignation" as "expressed indignation", 110),
// and that a noun neither verb's patterns name makes no event.
func TestBorrowedPattern(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Norland", "country:NLD", actor.Country, false}}
	for _, c := range []struct {
		rule, text, code string
	}{
		{"a noun of express's patterns", "Norland on Tuesday voiced deep indignation at the naval drill. The debate went on.", "110"},
		{"a noun of neither", "Norland on Tuesday voiced great curiosity at the naval drill. The debate went on.", ""},
	} {
		in := inputWith(c.text, extra, tx{"Tuesday", timex.Date, "2024-06-18", true})
		in.Parse = p.Sentence
		got := ofType(Extract(in), Disapprove)
		switch {
		case c.code == "" && len(got) > 0:
			t.Errorf("%s: %q: got %v, want none", c.rule, c.text, summary(got))
		case c.code != "" && (len(got) != 1 || got[0].CAMEO != c.code || len(got[0].Participants) == 0 || got[0].Participants[0].ActorID != "country:NLD"):
			t.Errorf("%s: %q: got %v, want one %s by country:NLD", c.rule, c.text, summary(got), c.code)
		}
	}
}
