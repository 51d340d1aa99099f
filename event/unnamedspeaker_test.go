package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestUnnamedSpeaker checks that a one-sentence item whose reporting verb
// has a subject of its own naming no one ("…, port officials said") makes
// no statement of an actor of the clause it reports, and that the act of
// that clause, done by an actor its subject names, is the item's event,
// sourced (reported); while a named speaker, a person named right before
// the verb and a definite frame standing for the clause's body still
// speak.
func TestUnnamedSpeaker(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Nordkyst Lines", "org:nordkyst", actor.Organization, false},
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
		{"Tomas Brekke", "person:brekke", actor.Person, false},
	}
	tue := tx{"Tuesday", timex.Date, "2024-06-18", true}
	for _, c := range []struct {
		rule, text string
		agent      string // whose event is looked at
		statement  bool   // a statement of that agent's wanted
		act        bool   // an act of that agent's, reported, wanted
	}{
		{"an unnamed source is no actor of the clause", "Lena Hartwig asked Tomas Brekke on Tuesday to form a cabinet, government sources said.",
			"person:hartwig", false, true},
		{"an unnamed official is no actor of the clause", "Nordkyst Lines sold two of its old ferries on Tuesday, a port official said.",
			"org:nordkyst", false, true},
		{"a named speaker speaks", "Nordkyst Lines sold two of its old ferries on Tuesday, Lena Hartwig said.",
			"person:hartwig", true, false},
		{"a speaker the subject's apposition names speaks", "Nordkyst Lines sold two ferries on Tuesday, its chairman, Tomas Brekke, said.",
			"person:brekke", true, false},
		{"a definite frame stands for the clause's body", "Nordkyst Lines sold two of its old ferries on Tuesday, the company announced.",
			"org:nordkyst", true, false},
	} {
		in := inputWith(c.text, extra, tue)
		in.Parse, in.Item = p.Sentence, true
		var statement, act bool
		for _, m := range Extract(in) {
			if len(m.Participants) == 0 || m.Participants[0].ActorID != c.agent || m.Participants[0].Role != Agent {
				continue
			}
			switch {
			case m.Type == Statement:
				statement = true
			case m.Factuality == Reported:
				act = true
			}
		}
		if statement != c.statement || act != c.act {
			t.Errorf("%s: %q: statement %v, reported act %v of %s; want %v, %v", c.rule, c.text, statement, act, c.agent, c.statement, c.act)
		}
	}
}
