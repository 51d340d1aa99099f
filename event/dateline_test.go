package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
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

// TestDatelineParse checks that a dateline the parser would read as the
// subject of the report's verb, the reporter's name a clause of its own,
// is left out of the parse.
func TestDatelineParse(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	text := "ROSTOV, Nov. 6 (Xinhua) -- Russian President Vladimir Putin on Thursday announced a new round of public spending cuts."
	in := input(text, tx{"Nov. 6", timex.Date, "2024-11-06", true}, tx{"Thursday", timex.Date, "2024-10-31", true})
	in.Parse = p.Sentence
	m := only(t, in, Statement)
	if got := roles(m); got != "agent=person:putin" {
		t.Errorf("%q: roles %s, want agent=person:putin", text, got)
	}
}

// TestDatelineDate checks, with the time tagger's own expressions, that a
// dateline's date yields to a time the sentence tells itself, and dates
// the day's news when there is none.
func TestDatelineDate(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, trigger, want string }{
		{"KHARKIV, June 15 (Xinhua) -- A magnitude 5.1 earthquake struck remote eastern Ukraine late Friday, killing at least 12 people, officials said on Saturday.",
			"earthquake", "2024-06-14"},
		{"KHARKIV, June 15 (Xinhua) -- A magnitude 5.1 earthquake struck remote eastern Ukraine, killing at least 12 people.",
			"earthquake", "2024-06-15"},
	} {
		in := input(c.text)
		in.Times = timex.Tag(c.text, dct)
		in.Parse = p.Sentence
		m := mentionOf(t, in, c.trigger)
		if m.Time == nil || m.Time.Value != c.want {
			t.Errorf("%q: %s dated %v, want %s", c.text, c.trigger, m.Time, c.want)
		}
	}
}
