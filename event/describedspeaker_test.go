package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestDescribedSpeaker checks that a lead's frame after its clause that
// names its speaker by a description stands for the body the clause
// names: a business or a body noun for the clause's organization, a
// post for the body its compound or possessor names, a state's office for
// the one state the clause names; and for no one when the office is of a
// lower level, the clause names two states, the phrase is a name, or the
// clause names only a generic group.
func TestDescribedSpeaker(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Nordkyst Lines", "org:nordkyst", actor.Organization, false},
		{"Norway", "country:NOR", actor.Country, false},
		{"Sweden", "country:SWE", actor.Country, false},
		{"Norwegian", "country:NOR", actor.Country, false},
		{"residents", "agent:NOR:residents", actor.Organization, false},
	}
	tue := []tx{{"Tuesday", timex.Date, "2024-06-18", true}}
	for _, c := range []struct {
		rule, text string
		agent      string // the statement's agent, "" for no statement
	}{
		{"a business by its kind", "Nordkyst Lines will start a ferry service to Iceland in May, the shipping company said Tuesday. The debate went on.", "org:nordkyst"},
		{"a post of a business", "Nordkyst Lines plans to open a ferry route to Iceland in May, a company spokesman said Tuesday. The debate went on.", "org:nordkyst"},
		{"a post of a business's possessor", "Nordkyst Lines plans to open a ferry route to Iceland in May, the firm's chief said Tuesday. The debate went on.", "org:nordkyst"},
		{"a state's office", "Norway's budget surplus shrank by a third in May, the finance ministry said Tuesday. The debate went on.", "country:NOR"},
		{"a post of a state's office", "Norway's budget surplus shrank by a third in May, a finance ministry official said Tuesday. The debate went on.", "country:NOR"},
		{"a lower level of government", "Norway's budget surplus shrank by a third in May, the local government said Tuesday. The debate went on.", ""},
		{"two states in the clause", "Norway and Sweden will sign a trade pact in May, the foreign ministry said Tuesday. The debate went on.", ""},
		{"a name the name finder missed", "Nordkyst Lines will start a ferry service to Iceland in May, the Fjord Ferry group said Tuesday. The debate went on.", ""},
		{"a generic group only", "Urban residents can buy only half the water they need in summer, the department said Tuesday. The debate went on.", ""},
	} {
		in := inputWith(c.text, extra, tue...)
		in.Parse = p.Sentence
		got := ofType(Extract(in), Statement)
		switch {
		case c.agent == "" && len(got) > 0:
			t.Errorf("%s: %q: got statements %v (%v), want none", c.rule, c.text, summary(got), got)
		case c.agent != "" && (len(got) != 1 || len(got[0].Participants) == 0 || got[0].Participants[0].ActorID != c.agent):
			t.Errorf("%s: %q: got statements %v (%v), want one by %s", c.rule, c.text, summary(got), got, c.agent)
		}
	}
}
