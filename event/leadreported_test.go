package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestLeadReportedAct checks that a lead's statement whose clause tells an
// act done by the speaker ("said it had sold") becomes that act, dated on
// the day of the saying when told in the simple past ("said it sold"),
// bounded by the publication when told in the past perfect (done before
// the saying, how long before unknown); that a statement of a stance in the past of
// reported speech ("said it respected"), of an intention or of a state
// stays a statement; and that a thing's act the speaker only sources is
// no statement of the speaker's.
func TestLeadReportedAct(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Nordkyst Lines", "org:nordkyst", actor.Organization, false},
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
	}
	tue := tx{"Tuesday", timex.Date, "2024-06-18", true}
	for _, c := range []struct {
		rule, text string
		agent      string // whose event is looked at
		typ        Type   // its type, "" for none
		bound      bool   // bounded by the publication, not dated Tuesday
	}{
		{"an act the speaker says it did", "Nordkyst Lines said Tuesday it had sold two of its old ferries to a scrap yard. The debate went on.",
			"org:nordkyst", Other, true},
		{"an act the speaker says it did, in the simple past", "Nordkyst Lines said Tuesday it sold two of its old ferries to a scrap yard. The debate went on.",
			"org:nordkyst", Other, false},
		{"an act another names the doer of", "Nordkyst Lines had sold two of its old ferries, Lena Hartwig said Tuesday. The debate went on.",
			"org:nordkyst", Other, true},
		{"the speaker of an act of another's", "Nordkyst Lines had sold two of its old ferries, Lena Hartwig said Tuesday. The debate went on.",
			"person:hartwig", "", false},
		{"a thing's act the speaker sources", "The death toll rose to nine in Monday's gas blast in Bergen, Lena Hartwig said Tuesday. The debate went on.",
			"person:hartwig", "", false},
		{"a stance in the past of reported speech", "Nordkyst Lines said Tuesday it respected the court's ruling on the fares. The debate went on.",
			"org:nordkyst", Statement, false},
		{"an intention", "Nordkyst Lines said Tuesday it would sell two of its old ferries. The debate went on.", "org:nordkyst", Statement, false},
		{"a person's \"it\" is not the speaker", "Lena Hartwig said Tuesday it had sold two of its old ferries to a scrap yard. The debate went on.",
			"person:hartwig", Statement, false},
		{"a state", "Nordkyst Lines said Tuesday the new fares were fair. The debate went on.", "org:nordkyst", Statement, false},
		{"a claim in the present perfect", "Nordkyst Lines said Tuesday it has made great efforts to cut its fares. The debate went on.",
			"org:nordkyst", Statement, false},
	} {
		in := inputWith(c.text, extra, tue)
		in.Parse = p.Sentence
		var got []Mention
		for _, m := range Extract(in) {
			if m.Sentence == 0 && len(m.Participants) > 0 && m.Participants[0].ActorID == c.agent {
				got = append(got, m)
			}
		}
		switch {
		case c.typ == "" && len(got) > 0:
			t.Errorf("%s: %q: got %v, want no event of the speaker's", c.rule, c.text, summary(got))
		case c.typ != "" && (len(got) != 1 || got[0].Type != c.typ):
			t.Errorf("%s: %q: got %v, want one %s", c.rule, c.text, summary(got), c.typ)
		case c.bound && (got[0].Time != nil || got[0].Basis != PublicationBound):
			t.Errorf("%s: %q: dated by %v (%s), want bounded by the publication", c.rule, c.text, got[0].Time, got[0].Basis)
		case c.typ != "" && !c.bound && (got[0].Time == nil || got[0].Time.Value != "2024-06-18"):
			t.Errorf("%s: %q: dated by %v, want 2024-06-18", c.rule, c.text, got[0].Time)
		}
	}
}
