package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestLeadAct checks that a lead telling no event the lexicon knows makes
// the act of its main clause an event when the headline tells that act,
// its subject names an actor and a day of its own dates it, titled by the
// headline; and that none is made when the headline tells another act,
// the clause has no day, the act is to come, or the lead tells an event.
func TestLeadAct(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Queen Astrid", "person:astrid", actor.Person, false}}
	fri := tx{"on Friday", timex.Date, "2024-06-14", true}
	for _, c := range []struct {
		rule, headline, text string
		times                []tx
		want                 bool
	}{
		{"the headline's act on a day", "Queen Astrid celebrates 60th birthday",
			"Queen Astrid celebrated her 60th birthday on Friday at the palace. Guests came from afar.", []tx{fri}, true},
		{"a reported clause", "Queen Astrid celebrates 60th birthday",
			"Queen Astrid celebrated her 60th birthday on Friday, the palace said. Guests came from afar.", []tx{fri}, true},
		{"a headline telling another act", "Queen turns 60",
			"Queen Astrid celebrated her 60th birthday on Friday at the palace. Guests came from afar.", []tx{fri}, false},
		{"no day of its own", "Queen Astrid celebrates 60th birthday",
			"Queen Astrid celebrated her 60th birthday at the palace. Guests came from afar.", nil, false},
		{"the report's day", "Queen Astrid celebrates 60th birthday",
			"Queen Astrid celebrated her 60th birthday at the palace, her office announced on Friday. Guests came from afar.", []tx{fri}, false},
		{"a day the parse hangs elsewhere", "Queen Astrid unveils statue of her father",
			"Queen Astrid unveiled a statue of her father Friday in the palace garden. Guests came from afar.", []tx{{"Friday", timex.Date, "2024-06-14", true}}, true},
		{"an act to come", "Queen Astrid celebrates 60th birthday",
			"Queen Astrid will celebrate her 60th birthday on Friday at the palace. Guests came from afar.", []tx{fri}, false},
		{"a lead telling an event the lexicon knows", "Queen Astrid meets prime minister",
			"Queen Astrid met the prime minister on Friday at the palace. Guests came from afar.", []tx{fri}, false},
	} {
		in := inputWith(c.text, extra, c.times...)
		in.Headline = c.headline
		in.Parse = p.Sentence
		got := ofType(Extract(in), Other)
		switch {
		case !c.want && len(got) > 0:
			t.Errorf("%s: %q: got %v, want no act", c.rule, c.text, summary(got))
		case c.want && (len(got) != 1 || !hasActor(&got[0], "person:astrid") || got[0].Title != c.headline):
			t.Errorf("%s: %q: got %v, want one act by person:astrid titled %q", c.rule, c.text, summary(got), c.headline)
		case c.want && (got[0].Time == nil || got[0].Time.Value != "2024-06-14"):
			t.Errorf("%s: %q: act dated by %v, want 2024-06-14", c.rule, c.text, got[0].Time)
		}
	}
}
