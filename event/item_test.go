package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// itemMentions extracts the mentions of text as a one-sentence news item
// (Input.Item) or not, with a real parse.
func itemMentions(t *testing.T, text string, item bool, times ...tx) []Mention {
	t.Helper()
	in := parsed(t, text, times...)
	in.Item = item
	return Extract(in)
}

// withAgent returns the first mention with agent id, false when none.
func withAgent(ms []Mention, id string) (Mention, bool) {
	for _, m := range ms {
		for _, p := range m.Participants {
			if p.ActorID == id && p.Role == Agent {
				return m, true
			}
		}
	}
	return Mention{}, false
}

// TestPresentVerbs checks that a verb in the third person singular
// present, the form of digest items, is a verb and not a plural noun in
// an item, and that an article keeps the plural reading.
func TestPresentVerbs(t *testing.T) {
	for _, c := range []struct {
		rule, text, trigger string
		typ                 Type
		agent               string
	}{
		{"a name before, a phrase after", "Putin arrives in Pyongyang.", "arrives", Visit, "person:putin"},
		{"a name before, a place after", "Kim visits Moscow.", "visits", Visit, "person:kim"},
		{"a country's name before, an object after", "Iran warns Russia of heavy consequences.", "warns", Threaten, "country:IRN"},
		{"a name before, a determiner after", "Putin condemns the hanging of Kim.", "condemns", Disapprove, "person:putin"},
		{"the parse's VBZ with an object", "Putin meets Kim in Pyongyang.", "meets", Meeting, "person:putin"},
		{"a verb of the CAMEO dictionary after a name", "Putin criticizes Turkey over the deal.", "criticizes", Disapprove, "person:putin"},
	} {
		ms := itemMentions(t, c.text, true)
		m, ok := withAgent(ms, c.agent)
		if !ok || m.Trigger != c.trigger || m.Type != c.typ {
			t.Errorf("%s: %q: got %v, want %s on %q with agent %s", c.rule, c.text, summary(ms), c.typ, c.trigger, c.agent)
		}
		for _, m := range itemMentions(t, c.text, false) {
			if m.Trigger == c.trigger && m.Type == c.typ && hasActor(&m, c.agent) {
				t.Errorf("%s: %q: the article reads %q as a verb", c.rule, c.text, c.trigger)
			}
		}
	}
}

// TestPresentVerb checks, token by token, when an -s word is read as a
// verb: after a name, not after a demonym the parse reads as an
// adjective, nor when a verb of its own follows, nor at the end of a
// prepositional phrase.
func TestPresentVerb(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"Putin arrives in Pyongyang.", "arrives", true},
		{"Iran warns Russia.", "warns", true},
		{"Russian strikes killed ten people.", "strikes", false},
		{"Putin strikes killed ten people.", "strikes", false},
		{"The strikes hit Kyiv.", "strikes", false},
		{"NATO calls again for talks.", "calls", true},
		{"Putin spoke about the Kursk attacks.", "attacks", false},
		{"Putin told Kim nothing.", "told", false},
	} {
		s := firstSent(t, c.text)
		s.d.in.Item = true
		if got := s.presentVerb(tokenOf(t, s, c.word)); got != c.want {
			t.Errorf("%q: presentVerb(%q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}

// TestItemEvents checks the events a one-sentence news item gets from its
// reporting or main verb, and that an article's sentence gets none (an
// article's lead gets its own statement only when said on a day it gives:
// TestLeadStatement).
func TestItemEvents(t *testing.T) {
	wed := tx{"Wednesday", timex.Date, "2024-06-19", true}
	for _, c := range []struct {
		rule, text string
		times      []tx
		trigger    string // "" for no item event
		typ        Type   // "" for any (the CAMEO dictionary's)
		agent      string
		date       string // the mention's timex value, "" for the publication date
	}{
		{"a reporting verb with a clause is the speaker's statement",
			"Putin said that Russia stands by China.", nil, "said", Statement, "person:putin", ""},
		{"an apposition closed by a comma before the verb is no inverted attribution",
			"The ruling party suffered a new blow when its acting chairman, Vladimir Putin, announced his defection to the new party of Kim.", nil, "announced", Statement, "person:putin", ""},
		{"a postposed reporting frame is a statement",
			"Russia stands by China, Putin told reporters.", nil, "told", Statement, "person:putin", ""},
		{"a present reporting verb is a statement",
			"Putin says Russia stands by China.", nil, "says", Statement, "person:putin", ""},
		{"a reporting verb with a noun object is a statement",
			"Putin confirms the rumours.", nil, "confirms", Statement, "person:putin", ""},
		{"the person named before the verb is the speaker, not the country of the titles",
			"Russian Defence Minister Shoigu said that the drills went well.", nil, "said", Statement, "person:shoigu", ""},
		{"a main verb the lexicon lacks is the subject's event",
			"Ukraine outplayed France in Kyiv on Wednesday.", []tx{wed}, "outplayed", Other, "country:UKR", "2024-06-19"},
		{"a time expression between name and verb is passed",
			"President Putin on Wednesday opened a new bridge over the river.", []tx{wed}, "opened", "", "person:putin", "2024-06-19"},
		{"a definite noun speaking after the clause stands for the clause's first country (of two: no lead statement, describedspeaker.go)",
			"Russian wheat stocks were lower than Ukraine's in May, the government said on Wednesday.", []tx{wed}, "said", Statement, "country:RUS", "2024-06-19"},
		{"the person in apposition before the verb is the speaker",
			"Their leader, Defence Minister Shoigu, said that the drills went well.", nil, "said", Statement, "person:shoigu", ""},
		{"a present reporting verb after a name with a noun after it reports, however the parse reads it",
			"The Pentagon confirms troop movements near Kursk.", nil, "confirms", Statement, "org:pentagon", ""},
		{"an event of the speaker dated to a month is not the item's",
			"Russian exports rose in May, the government said on Wednesday.", []tx{wed, {"May", timex.Date, "2024-05", false}}, "said", Statement, "country:RUS", "2024-06-19"},
		{"no statement from a reporting noun; the main verb's event instead",
			"Putin staked claim to form the next government on Wednesday.", []tx{wed}, "staked", "", "person:putin", "2024-06-19"},
		{"no statement with nothing reported", "Putin told Kim nothing.", nil, "", "", "", ""},
		{"no statement planned", "Putin is going to say more.", nil, "", "", "", ""},
		{"no main-verb event for a subject that has an event already",
			"Putin met Kim in Pyongyang.", nil, "", "", "", ""},
		{"no main-verb event negated", "Putin did not beat Kim at chess.", nil, "", "", "", ""},
		{"no main-verb event without an actor subject", "The weather stays warm in Moscow.", nil, "", "", "", ""},
		{"no main-verb event when the actor only qualifies the subject",
			"Russian stocks went down 91 points on Wednesday.", []tx{wed}, "", "", "", ""},
		{"a body the subject's noun names in its second sense acts",
			"Russia's lower house passes a resolution on Wednesday.", []tx{wed}, "passes", "", "country:RUS", "2024-06-19"},
	} {
		ms := itemMentions(t, c.text, true, c.times...)
		before := itemMentions(t, c.text, false, c.times...)
		added := len(ms) - len(before)
		if c.trigger == "" {
			if added != 0 {
				t.Errorf("%s: %q: item events added: %v (article: %v)", c.rule, c.text, summary(ms), summary(before))
			}
			continue
		}
		var m *Mention
		for i := range ms {
			if ms[i].Trigger == c.trigger {
				m = &ms[i]
			}
		}
		lead := false // the article's lead makes the same statement, undated (leadstatement.go)
		for _, b := range before {
			lead = lead || b.Trigger == c.trigger && b.Type == Statement
		}
		if m == nil || added != 1 && (added != 0 || !lead) {
			t.Errorf("%s: %q: got %v, want one more mention on %q than the article's %v", c.rule, c.text, summary(ms), c.trigger, summary(before))
			continue
		}
		if c.typ != "" && m.Type != c.typ || len(m.Participants) == 0 || m.Participants[0].ActorID != c.agent || m.Participants[0].Role != Agent {
			t.Errorf("%s: %q: %s %v, want %s with agent %s first", c.rule, c.text, m.Type, m.Participants, c.typ, c.agent)
		}
		if m.Factuality != Asserted {
			t.Errorf("%s: %q: factuality %s, want asserted", c.rule, c.text, m.Factuality)
		}
		got := timeValue(*m)
		if got != c.date {
			t.Errorf("%s: %q: dated %q, want %q", c.rule, c.text, got, c.date)
		}
	}
}

// TestItemOnlyOneSentence checks that the item rules leave a document of
// more than one sentence alone even when marked as an item.
func TestItemOnlyOneSentence(t *testing.T) {
	text := "Ukraine beat France 2-1 in Kyiv. Putin said that Russia stands by China."
	if got, want := len(itemMentions(t, text, true)), len(itemMentions(t, text, false)); got != want {
		t.Errorf("%q: %d mentions as an item, %d as an article", text, got, want)
	}
}

// TestItemPlannedEventOfSubject checks that a planned event of the
// subject does not keep the item's own event out: the statement of
// "Putin says he plans to visit" is the item's, as the announcement (an
// express intent to meet, announced.go) of "said that he would meet".
func TestItemPlannedEventOfSubject(t *testing.T) {
	for _, text := range []string{"Putin said that he would meet Kim in Pyongyang.", "Putin says he plans to visit Pyongyang."} {
		ms := itemMentions(t, text, true)
		found := false
		for _, m := range ms {
			found = found || (m.Type == Statement || m.Type == ExpressIntentToCooperate) && m.Factuality == Asserted && len(m.Participants) == 1 && m.Participants[0].ActorID == "person:putin"
		}
		if !found {
			t.Errorf("%q: got %v, want Putin's statement besides the planned event", text, summary(ms))
		}
	}
}

// TestItemVerbBase checks that the main verb of an item that neither the
// lexicon nor the CAMEO dictionary holds is titled by its base form, not
// by its past form with a third-person ending ("Russia tops", not
// "Russia toppeds").
func TestItemVerbBase(t *testing.T) {
	wed := tx{"Wednesday", timex.Date, "2024-06-19", true}
	for _, m := range itemMentions(t, "Russia topped the medal table in Kyiv on Wednesday.", true, wed) {
		if m.Trigger == "topped" {
			if want := "Russia tops medal table in Kyiv"; m.Title != want {
				t.Errorf("title %q, want %q", m.Title, want)
			}
			return
		}
	}
	t.Error("no item event for topped")
}
