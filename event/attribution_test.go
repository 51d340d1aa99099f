package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestAttributionNoun checks that a statement cited with "according to"
// for a clause that tells an event of its own is only that event's
// source, no statement event, and that the event's subject, which the
// parse hung inside the "according to" phrase, is the clause's again
// (repairAccordingSubject); a statement cited for a clause that tells no
// other event stays the news.
func TestAttributionNoun(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{{"Norland", "country:NOR", actor.Country, false}, {"Vestra", "org:vestra", actor.Organization, false}}
	for _, c := range []struct {
		text      string
		statement bool
		title     string // of the other event, "" for none
	}{
		{"According to a Vestra statement issued late in the day, three of its engineers were taken hostage on Monday.", false, "Three engineers taken hostage"},
		{"Norland has trained 300 customs officers, according to a statement released by Vestra.", true, ""},
	} {
		in := inputWith(c.text, ents)
		in.Parse = p.Sentence
		ms := Extract(in)
		if got := len(ofType(ms, Statement)) > 0; got != c.statement {
			t.Errorf("%q: statement %v, want %v (all %v)", c.text, got, c.statement, summary(ms))
		}
		if c.title == "" {
			continue
		}
		found := false
		for _, m := range ms {
			found = found || m.Type != Statement && m.Title == c.title
		}
		if !found {
			t.Errorf("%q: no event titled %q in %v", c.text, c.title, summary(ms))
		}
	}
}
