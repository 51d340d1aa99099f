package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestRelativePlace checks that a noun event takes its location from its
// relative clause when the relative pronoun is that clause's subject: an
// "in" phrase of the clause's verb, active or passive, or of a verb
// conjoined to it with no subject of its own, or hung on its day, and a
// misfortune's direct object; and that a place of a relative clause whose subject is
// someone else, or a non-misfortune's object, is not the event's.
func TestRelativePlace(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Lanark", "place:lanark", actor.Place, true},
		{"Ruritania", "country:RUR", actor.Country, false},
	}
	for _, c := range []struct {
		rule, text, trigger, want string // want: the location, "" for none
	}{
		{"an active relative clause's place", "One miner died after a flood that trapped eight workers in Lanark on Monday.", "flood", "place:lanark"},
		{"a passive relative clause's place", "The talks, which were held in Lanark on Monday, ended without a deal.", "talks", "place:lanark"},
		{"a misfortune's object", "An earthquake that struck Ruritania on Monday destroyed many homes.", "earthquake", "country:RUR"},
		{"a conjunct sharing the relative subject", "A blaze, which burned 900 acres and destroyed 34 houses in Lanark, killed two firemen.", "blaze", "place:lanark"},
		{"a chain of conjuncts", "A blaze, which was caused by arson and burned 900 acres of dry land and destroyed 34 houses in Lanark, killed two firemen.", "blaze", "place:lanark"},
		{"a place the parse hangs on the clause's day", "The summit, which began on Friday in Lanark, will discuss trade.", "summit", "place:lanark"},
		{"a clause of another subject", "The talks that the envoys held in Lanark ended without a deal.", "talks", ""},
		{"no relative clause", "The talks ended without a deal, officials in Lanark said.", "talks", ""},
	} {
		var times []tx
		if strings.Contains(c.text, "Friday") {
			times = append(times, tx{"Friday", timex.Date, "2024-06-14", true})
		}
		in := inputWith(c.text, extra, times...)
		in.Parse = p.Sentence
		var got *Mention
		ms := Extract(in)
		for i := range ms {
			if ms[i].Trigger == c.trigger {
				got = &ms[i]
			}
		}
		if got == nil {
			t.Errorf("%s: %q: no event on %q: %v", c.rule, c.text, c.trigger, summary(ms))
			continue
		}
		if got.Location != c.want {
			t.Errorf("%s: %q: location %q, want %q", c.rule, c.text, got.Location, c.want)
		}
	}
}
