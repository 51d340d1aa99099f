package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/timex"
)

// TestLeadStatementSpeakerAfterQuotation checks that a subject the parse
// finds inside a quotation closed before "said" does not speak
// (afterQuotation): the test's parse makes the quoted clause's subject a
// second subject of "said", and the speaker named after the quotation keeps
// the statement.
func TestLeadStatementSpeakerAfterQuotation(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
		{"Ardena", "country:ARD", actor.Country, false},
	}
	tue := tx{"on Tuesday", timex.Date, "2024-06-18", true}
	text := "\"Ardena, with its ferries, matters to every one of us,\" Lena Hartwig said on Tuesday. The debate went on."
	in := inputWith(text, extra, tue)
	in.Parse = func(text string, start, end int) conllu.Sentence {
		// the parse's misreading: the quoted clause's subject hangs on "said"
		cs := p.Sentence(text, start, end)
		said := 0
		for i := range cs.Tokens {
			if cs.Tokens[i].Form == "said" {
				said = i + 1
			}
		}
		for i := range cs.Tokens {
			if said > 0 && cs.Tokens[i].Form == "Ardena" {
				cs.Tokens[i].Head, cs.Tokens[i].DepRel = said, "nsubj"
			}
		}
		return cs
	}
	got := ofType(Extract(in), Statement)
	if len(got) != 1 || len(got[0].Participants) == 0 || got[0].Participants[0].ActorID != "person:hartwig" {
		t.Errorf("%q: got statements %v (%v), want one by person:hartwig", text, summary(got), got)
	}
}
