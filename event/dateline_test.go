package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestDatelineNoParty checks that the place of a dateline opening the
// sentence is never a party to its events (datelineEnd), however the
// sentence's subject is read, and that a sentence with no dateline keeps
// its subject.
func TestDatelineNoParty(t *testing.T) {
	for _, c := range []struct {
		rule, text, trigger, place string
		party                      bool
	}{
		{"a dateline with a date and an agency", "MOSCOW, Dec 23 (AFP) - Chechen Islamists claimed to have captured a frontline position on Saturday.", "captured", "place:moscow", false},
		{"a dateline with an agency only", "MOSCOW (AFP) -- Chechen Islamists claimed to have captured a frontline position on Saturday.", "captured", "place:moscow", false},
		{"no dateline: the city acts", "Moscow claimed to have captured a frontline position on Saturday.", "captured", "place:moscow", true},
	} {
		in := inputWith(c.text, []ent{{"MOSCOW", "place:moscow", actor.Place, true}})
		p, err := testParser()
		if err != nil {
			t.Fatal(err)
		}
		in.Parse = p.Sentence
		m := mentionOf(t, in, c.trigger)
		got := false
		for _, p := range m.Participants {
			if p.ActorID == c.place && p.Role != Location {
				got = true
			}
		}
		if got != c.party {
			t.Errorf("%s: %q: %s a party: %v, want %v", c.rule, c.text, c.place, strings.Fields(roles(m)), c.party)
		}
	}
}
