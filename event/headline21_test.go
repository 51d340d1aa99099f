package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestTitleSaidClauseFound checks that a statement titles the clause it
// reports where the parse hides it: hung on the time before it ("said in
// a speech Monday evening that ..."), or as an object of its own after a
// "that" the parse reads as a pronoun; and that a speaker's "it" before a
// prepositional predicate naming a party is its own ("said it was in
// touch with Sweden").
func TestTitleSaidClauseFound(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Sweden", "country:SWE", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Nordic Media Group", "org:nordic-media", actor.Organization, false},
	}
	for _, c := range []struct {
		text  string
		times []tx
		want  string
	}{
		{"Karl Brenner said in a televised address Thursday evening that the government would not be blackmailed by terrorists.",
			[]tx{{"Thursday evening", timex.Time, "2006-11-02TEV", false}}, "Karl Brenner says government will not be blackmailed"},
		{"Karl Brenner said on Monday that Norland fully supported Sweden's entry into the Nordic Council.",
			[]tx{{"Monday", timex.Date, "2006-11-06", false}}, "Karl Brenner says Norland supports Sweden's entry"},
		{"Nordic Media Group said it was in touch with Sweden over the broadcast rights.", nil, "Nordic Media Group says it is in touch with Sweden"},
	} {
		in := inputWith(c.text, ents, c.times...)
		in.Parse = p.Sentence
		in.Item = true
		if m := find(t, in, "said"); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}
