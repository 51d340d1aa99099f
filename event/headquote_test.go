package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"

	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/timex"
)

// TestTitleQuoteBeforeVerb checks that a verb of saying right after a
// quotation's closing mark quotes it, however the parse hangs the verb on
// the quotation (here a conjunct, its speaker after the day).
func TestTitleQuoteBeforeVerb(t *testing.T) {
	p, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, day, want string }{
		{`"Things are looking quite hopeful," said on Tuesday Vladimir Putin, the president of Russia.`, "Tuesday", "Putin says things are looking quite hopeful"},
	} {
		in := input(c.text, tx{c.day, timex.Date, "2024-06-18", true})
		in.Parse = p.Sentence
		if m := find(t, in, "said"); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitleAdjectiveBeforeVerb checks that a predicate adjective reported
// before its verb of saying is the headline's clause, the verb the parse
// hangs on the adjective no clause of its own.
func TestTitleAdjectiveBeforeVerb(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Sudan", "country:SDN", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"The navy is ready, foreign ministry spokesman Karl Brenner said on Tuesday.", "said", "Karl Brenner says navy ready"},
		{"Norland is willing to expand trade with Sudan, foreign ministry spokesman Karl Brenner said on Tuesday.", "said", "Karl Brenner says Norland willing to expand trade"},
	})
}

// TestTitleQuoteBeforeSpeaker checks that a verb of saying whose subject
// stands between a quotation's closing mark and the verb quotes it, the
// parse hanging the verb on the quotation as a conjunct ("'...,' the
// governor Karl Brenner said").
func TestTitleQuoteBeforeSpeaker(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"\"I think we are well-prepared,\" harbour board chairman Karl Brenner said on Friday.", "said", "Karl Brenner: \"I think we are well-prepared\""},
	})
}
