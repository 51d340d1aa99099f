package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestCausePlace: a place inside a phrase or clause telling what led to
// the event (after, following, amid, "due to"; "on the wings of", "in the wake of";
// a participle clause of "tracking", "extending"; a phrase hung on a
// copular predicate, "were up 2.4 percent … following") is no location of the
// event, neither as a participant nor as the title's place; one outside
// such a phrase, or inside a cause phrase that tells the same event, stays
// (causeplace.go).
func TestCausePlace(t *testing.T) {
	ents := []ent{
		{"Wall Street", "place:wall-street", actor.Place, false},
		{"Vestby", "place:vestby", actor.Place, false},
		{"Norland", "country:NOR", actor.Country, false},
	}
	cases := []struct {
		text, trigger, loc string
	}{
		{"Asian shares rose on Tuesday, tracking gains on Wall Street.", "rose", ""},
		{"Shares here rose on Wednesday on the wings of an overnight rally on Wall Street, dealers said.", "rose", ""},
		{"Oil stocks rose on Monday after positive broker comment encouraged heavy buying on Wall Street.", "rose", ""},
		{"Shares in drinks groups fell on Monday after a slump in whisky sales in Norland.", "fell", ""},
		{"Norland invaded the north of the island in 1974 after a coup in Vestby.", "invaded", ""},
		{"Vestby share prices were up 2.4 percent in early dealing following the Wall Street gains, brokers said.", "were up", "place:vestby"},
		{"Vestby share prices rose 1.1 percent due to the Wall Street rally, dealers said.", "rose", "place:vestby"},
		{"Share prices fell on Monday in Vestby after a slump in whisky sales.", "fell", "place:vestby"},
		{"The strike comes after the minister gave the green light to the resumption of targeted killing operations in the wake of the bombing at the mall in Vestby which killed five people.", "killing", "place:vestby"},
	}
	for _, c := range cases {
		m := mentionOf(t, parsedWith(t, c.text, ents), c.trigger)
		got := m.Location
		for _, p := range m.Participants {
			if p.Role == Location && p.ActorID != m.Location {
				got += " " + p.ActorID
			}
		}
		if got != c.loc {
			t.Errorf("%q %s: location %q, want %q", c.text, c.trigger, got, c.loc)
		}
	}
}
