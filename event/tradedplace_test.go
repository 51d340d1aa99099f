package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestTradedPlace checks that a place named on a commodity or its
// contract ("X's benchmark contract", "X diesel futures") is no party of
// the market move, while a place owning a market's stocks stays one.
func TestTradedPlace(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Rotterdam", "place:rotterdam", actor.Place, false}}
	tue := tx{"Tuesday", timex.Date, "2024-06-18", true}
	for _, c := range []struct {
		rule, text string
		party      bool // Rotterdam a participant
	}{
		{"a possessed contract", "Rotterdam's benchmark contract for diesel fell 12 cents on Tuesday.", false},
		{"a compound of futures", "Rotterdam diesel futures rose 8 cents on Tuesday.", false},
		{"a market's stocks", "Rotterdam stocks fell 2 percent on Tuesday.", true},
	} {
		in := inputWith(c.text, extra, tue)
		in.Parse = p.Sentence
		got := ofType(Extract(in), MarketMovement)
		if len(got) != 1 {
			t.Errorf("%s: %q: got moves %v, want one", c.rule, c.text, summary(got))
			continue
		}
		if party := hasActor(&got[0], "place:rotterdam"); party != c.party {
			t.Errorf("%s: %q: Rotterdam a participant %v, want %v (%v)", c.rule, c.text, party, c.party, got[0].Participants)
		}
	}
}
