package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestQuotedSaying checks that "X was quoted (by a medium, on a day) as
// saying" is X's statement, dated by a day hung on "quoted" or on
// "saying", in the lead and past it; that a bare "was quoted as saying."
// reporting nothing makes none; and that a person a speaker's common noun
// serves ("an aide to X") is not the speaker.
func TestQuotedSaying(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
		{"Daily Courier", "org:daily-courier", actor.Organization, false},
	}
	tue := tx{"on Tuesday", timex.Date, "2024-06-18", true}
	checkDayStatements(t, p, extra, []statementCase{
		{"quoted by a medium on a day", "Finance Minister Lena Hartwig was quoted by the Daily Courier on Tuesday as saying the budget was too tight. The debate went on.",
			[]tx{tue}, "person:hartwig"},
		{"quoted after the clause it frames", "The budget is too tight, Finance Minister Lena Hartwig was quoted as saying on Tuesday. The debate went on.",
			[]tx{tue}, "person:hartwig"},
		{"quoted past the lead, on a day", "The debate went on. It was long. Lena Hartwig was quoted by the Daily Courier on Tuesday as saying the budget was too tight.",
			[]tx{tue}, "person:hartwig"},
		{"quoted, reporting nothing", "Lena Hartwig was quoted on Tuesday as saying. The debate went on.", []tx{tue}, ""},
		{"an aide to the person speaks", "An aide to Lena Hartwig said on Tuesday the budget was too tight. The debate went on.", []tx{tue}, ""},
	})
}
