package merge

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestRepeatedTrigger checks that a sentence using one trigger word twice
// tells two acts (repeatsTrigger), whatever participants they share,
// while two words of one act in a sentence, or the word told again in
// another sentence, still merge.
func TestRepeatedTrigger(t *testing.T) {
	o := guardOpts()
	// "A was replaced by B as minister, while B was replaced by C."
	replaced := func(start int, word string, ids ...string) event.Mention {
		m := with(mention("a", 3, event.Appointment, "2025-03-20", "person:president"), event.Target, ids...)
		m.Start, m.End, m.Trigger = start, start+len(word), word
		return m
	}
	tests := []mergeCase{
		{
			"one verb twice in a sentence: two acts sharing a side",
			[]event.Mention{replaced(30, "replaced", "person:a", "person:b"), replaced(80, "replaced", "person:b", "person:c")},
			[]string{"2025-03-20 appointment a", "2025-03-20 appointment a"},
		},
		{
			"two words of one act in a sentence: one act",
			[]event.Mention{replaced(30, "appointed", "person:a"), replaced(80, "named", "person:a")},
			[]string{"2025-03-20 appointment a"},
		},
		{
			"the same word in another sentence: one act",
			[]event.Mention{replaced(30, "replaced", "person:a", "person:b"), func() event.Mention {
				m := replaced(80, "replaced", "person:b")
				m.Sentence = 5
				return m
			}()},
			[]string{"2025-03-20 appointment a"},
		},
	}
	checkMerges(t, o, tests)
}

// TestMarketRestated checks that one market's movement told twice in a
// sentence with one verb ("shares fell as the index fell 5 points") is
// one movement (marketRestated), while two shares of a roundup told with
// one verb and figures of their own stay two.
func TestMarketRestated(t *testing.T) {
	o := guardOpts()
	told := func(quote, trigger string, nth int, agent string) event.Mention {
		m := mention("a", 2, event.MarketMovement, "2025-03-21", agent)
		m.Quote, m.QuoteStart = quote, 200
		at := 0
		for range nth {
			at += strings.Index(quote[at:], trigger) + 1
		}
		m.Start = m.QuoteStart + at - 1
		m.End, m.Trigger = m.Start+len(trigger), trigger
		return m
	}
	lead := "Ruritanian shares fell on Friday with the main index fell 5.10 points to 1,200.40 points."
	roundup := "Acme fell 4 cents to 2.10 dollars, Beta fell 7 cents to 3.50 dollars."
	twoPlaces := "Shares fell 2 percent in Ruritania and fell 3 percent in Ardena on Friday."
	placed := func(m event.Mention, place string) event.Mention {
		m.Participants = append(m.Participants, event.Participant{ActorID: place, Role: event.Location})
		return m
	}
	tests := []mergeCase{
		{
			"the market and its index with one verb: one movement",
			[]event.Mention{told(lead, "fell", 1, "country:rur"), told(lead, "fell", 2, "country:rur")},
			[]string{"2025-03-21 market_movement a"},
		},
		{
			"a whole market and its index at one place with one verb: one movement",
			[]event.Mention{placed(told(lead, "fell", 1, ""), "country:rur"), placed(told(lead, "fell", 2, ""), "country:rur")},
			[]string{"2025-03-21 market_movement a"},
		},
		{
			"two whole markets at two places with one verb: two movements",
			[]event.Mention{placed(told(twoPlaces, "fell", 1, ""), "country:rur"), placed(told(twoPlaces, "fell", 2, ""), "country:ukr")},
			[]string{"2025-03-21 market_movement a", "2025-03-21 market_movement a"},
		},
		{
			"two shares with one verb and their own figures: two movements",
			[]event.Mention{told(roundup, "fell", 1, "org:acme"), told(roundup, "fell", 2, "org:acme")},
			[]string{"2025-03-21 market_movement a", "2025-03-21 market_movement a"},
		},
	}
	checkMerges(t, o, tests)
}
