package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestTreeFinite checks that a clause told in its own words finds its
// finite verb by the tree where the tagger reads it as a base form or a
// participle, goes on past a preposition before a gerund, and still
// takes no participle a later finite verb follows, nor a verb the
// event's own verb is coordinated with, for a reported clause.
func TestTreeFinite(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Health Board", "org:health", actor.Organization, false},
		{"Karl Brenner", "person:brenner", actor.Person, false},
		{"Brenner", "person:brenner", actor.Person, false},
	}
	cases := []struct{ text, trigger, want, never string }{
		{"Of them, 23 have died, the Health Board announced on Friday.", "announced", "Health Board announces 23 have died", ""},
		{"Karl Brenner said on Monday that the two firms were very close to reaching a deal on the merger.", "said", "Karl Brenner says two firms are very close to reaching deal on merger", ""},
		{"Equipment based on the new standard could now operate with that of the rival network, the engineer Karl Brenner told reporters.", "told", "", "bases"},
		{"In a long rule, Brenner harshly silenced critics, declared himself ruler for life, and built a vast palace.", "declared", "", "silences"},
	}
	for _, c := range cases {
		in := inputWith(c.text, extra)
		in.Parse = p.Sentence
		m := find(t, in, c.trigger)
		if c.want != "" && m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
		if c.never != "" && strings.Contains(m.Title, c.never) {
			t.Errorf("%q: title %q says %q", c.text, m.Title, c.never)
		}
	}
}

// TestClauseOpeningTime checks that a clause told in its own words drops
// a time its opening preposition brings, whatever the parse hangs it on,
// and an adverb of a later time with it, rather than giving up on the
// clause.
func TestClauseOpeningTime(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Karl Brenner", "person:brenner", actor.Person, false}}
	cases := []struct{ text, trigger, want string }{
		{"Karl Brenner said on Sunday parliament would approve the new levy later this month despite a walkout.", "said", "Karl Brenner says parliament will approve new levy despite walkout"},
	}
	for _, c := range cases {
		in := inputWith(c.text, extra, tx{"Sunday", timex.Date, "2024-06-16", true}, tx{"later this month", timex.Date, "2024-06", true})
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}
