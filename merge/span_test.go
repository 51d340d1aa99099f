package merge

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/event"
)

// quoted builds a test mention whose trigger is the first occurrence of
// trigger in quote, with title and agents (counterparts after "/"); a
// trigger in -ed is a verb, any other a noun.
func quoted(doc string, sent int, typ event.Type, value, quote, trigger, title string, actors ...string) event.Mention {
	m := mention(doc, sent, typ, value, "")
	m.Participants = nil
	role := event.Agent
	for _, a := range actors {
		if a == "/" {
			role = event.Counterpart
			continue
		}
		m.Participants = append(m.Participants, event.Participant{ActorID: a, Role: role})
	}
	i := strings.Index(quote, trigger)
	m.Quote, m.QuoteStart, m.QuoteEnd = quote, 1000*sent, 1000*sent+len(quote)
	m.Start, m.End, m.Trigger, m.Title = m.QuoteStart+i, m.QuoteStart+i+len(trigger), trigger, title
	m.Noun = !strings.HasSuffix(trigger, "ed")
	return m
}

func TestName(t *testing.T) {
	tests := []struct {
		quote, trigger string
		want           []string
	}{
		{"Hours after this year's Freedom Shield training began on March 10, ...", "training", []string{"Freedom", "Shield"}},
		{"The U.S. and South Korean militaries concluded their annual training.", "training", nil},
		{"Troops joined the Vostok drills.", "drills", []string{"Vostok"}},
		{"Shoigu's visit to Pyongyang ended.", "visit", nil},                  // sentence-initial possessive
		{"It followed Shoigu’s visit to Pyongyang.", "visit", nil},            // possessive
		{"Talks began on Monday.", "Talks", nil},                              // the trigger opens the sentence
		{"Joint exercises began on Monday.", "exercises", nil},                // sentence-initial capital
		{"Officials said the \"Iron Dome\" exercise ended.", "exercise", nil}, // the closing mark ends the run
		{"Officials attended the anti-aircraft drill.", "drill", nil},         // lower case
		{"After the meeting, Putin visited Pyongyang.", "visited", nil},       // a verb's subject, no name
		{"Leaders met in Seoul, Korea summit talks ended.", "summit", []string{"Korea"}},
		{"Ministers met ahead of the ASEAN (Association of Southeast Asian Nations) summit.", "summit", []string{"ASEAN"}}, // a bracketed gloss
		{"Ministers met ahead of the ASEAN ( Association of Southeast Asian Nations ) summit.", "summit", []string{"ASEAN"}},
		{"Ministers met ahead of the (long delayed) summit.", "summit", nil},
	}
	for _, tt := range tests {
		m := quoted("a", 1, "military_exercise", "2025-03-10", tt.quote, tt.trigger, "")
		if got := name(&m); !slices.Equal(got, tt.want) {
			t.Errorf("name(%q at %q) = %q, want %q", tt.quote, tt.trigger, got, tt.want)
		}
	}
}

func TestMergeSpans(t *testing.T) {
	began := quoted("a", 20, "military_exercise", "2025-03-10",
		"Hours after this year's Freedom Shield training began on March 10, North Korea fired missiles.", "training", "Freedom Shield exercise")
	ended := quoted("a", 17, "military_exercise", "2025-03-20",
		"The launches occurred on the same day that the U.S. and South Korean militaries concluded their annual training.", "training",
		"United States and South Korea hold Freedom Shield exercise", "country:USA", "country:KOR")
	ended.Participants = []event.Participant{{ActorID: "country:KOR", Role: event.Agent}, {ActorID: "country:USA", Role: event.Agent}}
	// one forum of article a, told by its end and, by a definite noun, its start
	closes := quoted("a", 0, "meeting", "2025-03-13", "A three-day forum for rural mayors closed here Thursday.", "forum", "Forum closes")
	opens := definiteNoun(quoted("a", 4, "meeting", "2025-03-11", "Some 80 mayors attended the forum which opened on Tuesday.", "forum", "Forum opens"))
	visit := func(doc string, sent int, value, agent, quote string) event.Mention {
		return quoted(doc, sent, "visit", value, quote, "visit", agent+" visits Pyongyang", agent)
	}
	tests := []struct {
		name     string
		mentions []event.Mention
		want     []string // "value start..end granularity docs"
	}{
		{
			"the start and the end of a named exercise are one event",
			[]event.Mention{began, ended},
			[]string{"2025-03-10 2025-03-10..2025-03-20 range a"},
		},
		{
			"the same name, its start, middle and end",
			[]event.Mention{
				began, ended,
				quoted("b", 3, "military_exercise", "2025-03-14",
					"Aircraft flew during the Freedom Shield drills on Friday.", "drills", "Freedom Shield drills"),
			},
			[]string{"2025-03-10 2025-03-10..2025-03-20 range a,b"},
		},
		{
			"a named exercise with another partner is another exercise (rule 6)",
			[]event.Mention{
				quoted("a", 1, "military_exercise", "2025-03-10",
					"The U.S. and South Korea began the Pacific Shield drills on Monday.", "drills", "Pacific Shield drills", "country:USA", "/", "country:KOR"),
				quoted("b", 1, "military_exercise", "2025-03-18",
					"The U.S. and Japan began the Pacific Shield drills on Tuesday.", "drills", "Pacific Shield drills", "country:USA", "/", "country:JPN"),
			},
			[]string{"2025-03-10 2025-03-10..2025-03-10 day a", "2025-03-18 2025-03-18..2025-03-18 day b"},
		},
		{
			"a name shared beyond the longest range stays apart",
			[]event.Mention{
				began,
				quoted("b", 3, "military_exercise", "2025-04-12",
					"Analysts reviewed the Freedom Shield exercise in April.", "exercise", "Freedom Shield exercise"),
			},
			[]string{"2025-03-10 2025-03-10..2025-03-10 day a", "2025-04-12 2025-04-12..2025-04-12 day b"},
		},
		{
			"visits by the same agent on different days without a shared name stay apart",
			[]event.Mention{
				visit("a", 1, "2025-03-07", "person:shoigu", "Earlier, Russia's Shoigu made a visit to Pyongyang."),
				visit("a", 2, "2025-03-21", "person:shoigu", "On Friday Shoigu's visit to Pyongyang began."),
			},
			[]string{"2025-03-07 2025-03-07..2025-03-07 day a", "2025-03-21 2025-03-21..2025-03-21 day a"},
		},
		{
			"visits of 2023, September 2024 and 21 March 2025 stay three events",
			[]event.Mention{
				visit("a", 1, "2023", "person:shoigu", "In 2023, Shoigu paid a Pyongyang visit."),
				visit("a", 2, "2024-09", "person:shoigu", "In September, Shoigu paid a Pyongyang visit."),
				visit("a", 3, "2025-03-21", "person:shoigu", "On Friday, Shoigu paid a Pyongyang visit."),
			},
			[]string{"2023 2023-01-01..2023-12-31 year a", "2024-09 2024-09-01..2024-09-30 month a", "2025-03-21 2025-03-21..2025-03-21 day a"},
		},
		{
			"the agent's name before the trigger is no name",
			[]event.Mention{
				quoted("a", 1, "visit", "2025-03-07", "Later, Vladimir Putin visited Pyongyang.", "visited", "Vladimir Putin visits Pyongyang", "person:vladimir-putin"),
				quoted("b", 1, "visit", "2025-03-21", "Again, Vladimir Putin visited Pyongyang.", "visited", "Vladimir Putin visits Pyongyang", "person:vladimir-putin"),
			},
			[]string{"2025-03-07 2025-03-07..2025-03-07 day a", "2025-03-21 2025-03-21..2025-03-21 day b"},
		},
		{
			"the subject of a verb trigger is no name, even with a title the ids lack",
			[]event.Mention{
				quoted("a", 1, "visit", "2025-03-07", "Russian Defence Minister Andrei Belousov arrived on Friday.", "arrived", "Andrei Belousov arrives", "person:andrei-belousov"),
				quoted("b", 1, "visit", "2025-03-21", "Russian Defence Minister Andrei Belousov headed for Minsk.", "headed", "Andrei Belousov heads for Minsk", "person:andrei-belousov"),
			},
			[]string{"2025-03-07 2025-03-07..2025-03-07 day a", "2025-03-21 2025-03-21..2025-03-21 day b"},
		},
		{
			"a name made only of the events' places is no name",
			[]event.Mention{
				func() event.Mention {
					m := visit("a", 1, "2025-03-07", "person:shoigu", "Shoigu began a Kuala Lumpur visit.")
					m.Location = "place:kuala-lumpur"
					return m
				}(),
				func() event.Mention {
					m := visit("b", 1, "2025-03-21", "person:shoigu", "Shoigu ended a Kuala Lumpur visit.")
					m.Location = "place:kuala-lumpur"
					return m
				}(),
			},
			[]string{"2025-03-07 2025-03-07..2025-03-07 day a", "2025-03-21 2025-03-21..2025-03-21 day b"},
		},
		{
			"an acronym is a name",
			[]event.Mention{
				quoted("a", 1, "military_exercise", "2025-06-27", "Navies opened the RIMPAC exercise on Friday.", "exercise", "RIMPAC exercise"),
				quoted("b", 1, "military_exercise", "2025-07-20", "Navies ended the RIMPAC drills on Sunday.", "drills", "RIMPAC drills"),
			},
			[]string{"2025-06-27 2025-06-27..2025-07-20 range a,b"},
		},
		{
			"one capitalized word is too often a place to be a name",
			[]event.Mention{
				quoted("a", 1, "meeting", "2025-03-04", "At their Beijing meeting, both leaders agreed.", "meeting", "Beijing meeting"),
				quoted("b", 1, "meeting", "2025-03-05", "They attended the Beijing Summit of the forum.", "Summit", "Beijing Summit"),
			},
			[]string{"2025-03-04 2025-03-04..2025-03-04 day a", "2025-03-05 2025-03-05..2025-03-05 day b"},
		},
		{
			"a shared name with conflicting agents stays apart",
			[]event.Mention{
				quoted("a", 1, "military_exercise", "2025-03-10", "Russia opened the Joint Sea exercise.", "exercise", "Russia holds Joint Sea exercise", "country:RUS"),
				quoted("b", 1, "military_exercise", "2025-03-16", "China closed the Joint Sea exercise.", "exercise", "China holds Joint Sea exercise", "country:CHN"),
			},
			[]string{"2025-03-10 2025-03-10..2025-03-10 day a", "2025-03-16 2025-03-16..2025-03-16 day b"},
		},
		{
			"a type that does not last never spans",
			[]event.Mention{
				quoted("a", 1, "weapons_test", "2025-03-10", "North Korea fired a Hwasong Mark missile.", "missile", "Hwasong Mark test", "country:PRK"),
				quoted("b", 1, "weapons_test", "2025-03-16", "North Korea fired a Hwasong Mark missile.", "missile", "Hwasong Mark test", "country:PRK"),
			},
			[]string{"2025-03-10 2025-03-10..2025-03-10 day a", "2025-03-16 2025-03-16..2025-03-16 day b"},
		},
		{
			"a publication-dated mention does not stretch an event",
			[]event.Mention{
				began,
				quoted("c", 1, "military_exercise", "", "Officials said the Freedom Shield exercise ended.", "exercise", "Freedom Shield exercise"),
			},
			[]string{"2025-03-10 2025-03-10..2025-03-10 day a", "2025-03-22 2025-03-22..2025-03-22 day c"},
		},
		{
			"an article's one forum, told by its end and, by a definite noun, its start",
			[]event.Mention{closes, opens},
			[]string{"2025-03-11 2025-03-11..2025-03-13 range a"},
		},
		{
			"no definite noun: two forums",
			[]event.Mention{
				closes,
				quoted("a", 4, "meeting", "2025-03-11", "Some 80 mayors attended a forum which opened on Tuesday.", "forum", "Forum opens"),
			},
			[]string{"2025-03-11 2025-03-11..2025-03-11 day a", "2025-03-13 2025-03-13..2025-03-13 day a"},
		},
		{
			"a third meeting in the article: no pair",
			[]event.Mention{
				closes,
				opens,
				quoted("a", 9, "meeting", "2025-03-12", "The governor met the mayors on Wednesday.", "met", "Governor meets mayors", "person:governor", "/", "agent:-:mayors"),
			},
			[]string{"2025-03-11 2025-03-11..2025-03-11 day a", "2025-03-12 2025-03-12..2025-03-12 day a", "2025-03-13 2025-03-13..2025-03-13 day a"},
		},
	}
	for _, tt := range tests {
		o := opts()
		o.Spans, o.KeepAnonymous = true, true
		var got []string
		for _, e := range Merge(tt.mentions, o) {
			var docs []string
			for _, s := range e.Sources {
				if !slices.Contains(docs, s.Doc) {
					docs = append(docs, s.Doc)
				}
			}
			got = append(got, e.Date.Value+" "+e.Date.Start+".."+e.Date.End+" "+e.Date.Granularity+" "+strings.Join(docs, ","))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestMergeSpansOff checks that without Options.Spans the start and the
// end of a named exercise stay two events.
func TestMergeSpansOff(t *testing.T) {
	began := quoted("a", 20, "military_exercise", "2025-03-10", "After this year's Freedom Shield training began, ...", "training", "Freedom Shield exercise")
	ended := quoted("a", 17, "military_exercise", "2025-03-20", "They concluded their annual training.", "training", "United States holds Freedom Shield exercise", "country:USA")
	if got := Merge([]event.Mention{began, ended}, opts()); len(got) != 2 {
		t.Errorf("got %v, want two events", summary(got))
	}
}

// TestMergeSpanEvent checks the merged event of a span: its date, its
// title and id, and that it keeps both sources.
func TestMergeSpanEvent(t *testing.T) {
	began := quoted("a", 20, "military_exercise", "2025-03-10", "After this year's Freedom Shield training began, ...", "training", "Freedom Shield exercise")
	ended := quoted("b", 17, "military_exercise", "2025-03-20", "They concluded their annual training.", "training", "United States holds Freedom Shield exercise", "country:USA")
	ended.Time.Relative = true
	o := opts()
	o.Spans = true
	got := Merge([]event.Mention{ended, began}, o)
	if len(got) != 1 {
		t.Fatalf("got %v, want one event", summary(got))
	}
	e := got[0]
	if e.Date.Value != "2025-03-10" || e.Date.Start != "2025-03-10" || e.Date.End != "2025-03-20" || e.Date.Granularity != RangeGranularity || e.Date.Basis != "explicit" {
		t.Errorf("date = %+v", e.Date)
	}
	if e.Title != "United States holds Freedom Shield exercise" || !strings.HasPrefix(e.ID, "ev-2025-03-10-military_exercise-") {
		t.Errorf("title, id = %q, %q", e.Title, e.ID)
	}
	if len(e.Sources) != 2 || len(e.Participants) != 1 {
		t.Errorf("sources %d, participants %v", len(e.Sources), e.Participants)
	}
}

// FuzzName checks that name never panics on any quote and trigger offset,
// and returns only capitalized words of the quote before the trigger.
func FuzzName(f *testing.F) {
	f.Add("Hours after this year's Freedom Shield training began.", 37, 0)
	f.Add("the “Iron Dome” exercise", 16, 0)
	f.Add("x", 5, 3)
	f.Fuzz(func(t *testing.T, quote string, start, quoteStart int) {
		m := event.Mention{Quote: quote, Start: start, QuoteStart: quoteStart}
		for _, w := range name(&m) {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || !strings.Contains(quote[:start-quoteStart], w) {
				t.Errorf("name(%q, %d) has %q", quote, start-quoteStart, w)
			}
		}
	})
}

// definiteNoun marks m a definite noun mention (event.Mention.Definite).
func definiteNoun(m event.Mention) event.Mention {
	m.Definite = true
	return m
}
