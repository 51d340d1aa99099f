package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestChairedMeeting checks that the one who chairs a meeting is its
// agent (chair is a light verb of triggers.yaml), in a main clause and in
// a "who" clause hung on the chair's name.
func TestChairedMeeting(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Lena Hartwig", "person:hartwig", actor.Person, false}}
	wed := tx{"Wednesday", timex.Date, "2024-06-19", true}
	for _, c := range []struct{ rule, text string }{
		{"main clause", "Lena Hartwig chaired a crisis cabinet meeting on Wednesday. The debate went on."},
		{"who clause", "Mayor Lena Hartwig, who chaired a crisis cabinet meeting on Wednesday, praised the firefighters. The debate went on."},
	} {
		in := inputWith(c.text, extra, wed)
		in.Parse = p.Sentence
		got := ofType(Extract(in), Meeting)
		if len(got) != 1 {
			t.Errorf("%s: %q: got meetings %v, want one", c.rule, c.text, summary(got))
			continue
		}
		agent := false
		for _, q := range got[0].Participants {
			agent = agent || q.ActorID == "person:hartwig" && q.Role == Agent
		}
		if !agent {
			t.Errorf("%s: %q: participants %v, want person:hartwig as agent", c.rule, c.text, got[0].Participants)
		}
	}
}
