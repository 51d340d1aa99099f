package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestIssuedStatement checks that a lead's verb of speech whose subject is
// a document an actor issued is that issuer's statement, of the day the
// document was issued (issuedBy, issuedDay).
func TestIssuedStatement(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Ardena Institute for Trade Research", "org:atr", actor.Organization, false},
	}
	tue := tx{"on Tuesday", timex.Date, "2024-06-18", true}
	checkDayStatements(t, p, extra, []statementCase{
		{"a report issued by an institute, dated on its participle",
			"A report issued on Tuesday by the Ardena Institute for Trade Research said exports would rise this year. The debate went on.",
			[]tx{tue}, "org:atr"},
		{"an inverted report issued by an institute",
			"Exports are expected to rise this year, said the report issued on Tuesday by the Ardena Institute for Trade Research. The debate went on.",
			[]tx{tue}, "org:atr"},
	})
}
