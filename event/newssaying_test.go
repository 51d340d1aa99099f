package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestUndatedNewsSaying checks that an announcement, a denial or an
// admission by a named speaker past the lead, told in the simple past
// with no day, is a statement bound by the day of publication (so is a
// bare "said", a named speaker's first: namedsaying.go), and that a
// perfect, the present or a relative clause makes none.
func TestUndatedNewsSaying(t *testing.T) {
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
		rule, text, agent string // agent "" for no statement
	}{
		{"an admission", lead + "Lena Hartwig admitted that the talks had failed.", "person:hartwig"},
		{"an announcement", lead + "Nordkyst Lines announced that it would cut two routes.", "org:nordkyst"},
		{"a denial", lead + "Lena Hartwig denied that the ports were closed.", "person:hartwig"},
		{"a bare saying, the speaker's first", lead + "Lena Hartwig said that the talks had failed.", "person:hartwig"},
		{"a present perfect", lead + "Nordkyst Lines has announced that it would cut two routes.", ""},
		{"a past perfect", lead + "Lena Hartwig had denied that the ports were closed.", ""},
		{"the present, a stance held", lead + "Nordkyst Lines insists that its ferries are safe.", ""},
		{"a relative clause", lead + "Lena Hartwig, who announced her retirement, was seen in the port.", ""},
	} {
		in := inputWith(c.text, extra)
		in.Parse = p.Sentence
		got := ofType(Extract(in), Statement)
		switch {
		case c.agent == "" && len(got) > 0:
			t.Errorf("%s: %q: got statements %v, want none", c.rule, c.text, summary(got))
		case c.agent != "" && (len(got) != 1 || len(got[0].Participants) == 0 || got[0].Participants[0].ActorID != c.agent):
			t.Errorf("%s: %q: got statements %v, want one by %s", c.rule, c.text, summary(got), c.agent)
		case c.agent != "" && (got[0].Time != nil || got[0].Basis != PublicationBound):
			t.Errorf("%s: %q: statement dated %v (%s), want bound by publication", c.rule, c.text, got[0].Time, got[0].Basis)
		}
	}
}
