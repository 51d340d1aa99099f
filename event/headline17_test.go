package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestTitleSaidOnDay checks that a "that" clause the parse hangs on the day
// of a verb of saying ("said on Tuesday that ...", read as a clause on
// "Tuesday") is still what is said, never "issues statement".
func TestTitleSaidOnDay(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	const text = "Karl Brenner said on Tuesday that Norland was unable to influence the pace of reform."
	in := inputWith(text, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, tx{"on Tuesday", timex.Date, "2024-06-18", true})
	in.Parse = p.Sentence
	in.Item = true
	const want = "Karl Brenner says Norland unable to influence pace of reform"
	if m := find(t, in, "said"); m.Title != want {
		t.Errorf("%q: title %q, want %q", text, m.Title, want)
	}
}

// TestTitleArranged checks that a clause told as arranged with "be to"
// ("is to close") reads as a headline's act to come ("Norland to close
// embassy"), not as done ("Norland closes embassy").
func TestTitleArranged(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner said that Norland is to close its embassy in the capital.", "said", "Karl Brenner says Norland to close embassy"},
		{"The ministry is to raise the price of bread, Karl Brenner said.", "said", "Karl Brenner says ministry to raise price of bread"},
	})
}
