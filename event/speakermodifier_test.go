package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestSpeakerModifier checks that a participle telling who a lead's
// speaker is ("the visiting minister") is no news of the lead that would
// leave its statement only a source, while a visit the lead tells is.
func TestSpeakerModifier(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
		{"Norwegian", "country:NOR", actor.Country, false},
		{"Jon Berg", "person:berg", actor.Person, false},
	}
	tue := tx{"Tuesday", timex.Date, "2024-06-18", true}
	checkDayStatements(t, p, extra, []statementCase{
		{"a participle of a speaker", "Finance Minister Lena Hartwig and visiting Norwegian Foreign Minister Jon Berg said here Tuesday that the two countries would build a bridge. The debate went on.",
			[]tx{tue}, "person:hartwig"},
		{"a visit the lead tells", "Finance Minister Lena Hartwig visited the port Tuesday and said the budget was too tight. The debate went on.",
			[]tx{tue}, ""},
	})
}
