package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// FuzzExtract runs Extract on random text with random token-aligned actor
// and time mentions: it must not panic, and every offset it returns must be
// in bounds and consistent with the text.
func FuzzExtract(f *testing.F) {
	f.Add("Putin visited Pyongyang on Friday, KCNA said.", uint64(0x5a5a))
	f.Add("Iran sent about 3,000 to 4,500 troops to Russia; it may deploy more.", uint64(7))
	f.Add("The Putin-Kim talks, between Xi and Erdogan's aides, weren't held.", uint64(99))
	f.Add("between and to - $ thousands of of 's 's , , who which", uint64(1))
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		toks := token.Tokenize(text)
		in := Input{Doc: "f", Text: text, Tokens: toks, Sentences: token.Sentences(text, toks)}
		kinds := []actor.Kind{actor.Person, actor.Country, actor.Organization, actor.Place}
		for i := 0; i < len(toks); i++ {
			seed = seed*6364136223846793005 + 1442695040888963407
			r := seed >> 33
			switch r % 5 {
			case 0:
				j := min(len(toks)-1, i+int(r>>3)%3)
				in.Actors = append(in.Actors, actor.Mention{Start: toks[i].Start, End: toks[j].End,
					Text: text[toks[i].Start:toks[j].End], ActorID: "a" + toks[i].Text,
					Kind: kinds[(r>>5)%4], Location: r&64 != 0})
				i = j
			case 1:
				typ := []timex.Type{timex.Date, timex.Time, timex.Duration, timex.Set}[(r>>3)%4]
				in.Times = append(in.Times, timex.Timex{Start: toks[i].Start, End: toks[i].End,
					Text: toks[i].Text, Type: typ, Value: "2024-01-02", Relative: r&8 != 0})
			}
		}
		for _, m := range Extract(in) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Trigger {
				t.Fatalf("trigger [%d,%d) %q out of bounds or wrong", m.Start, m.End, m.Trigger)
			}
			if m.QuoteStart > m.Start || m.QuoteEnd < m.End || text[m.QuoteStart:m.QuoteEnd] != m.Quote {
				t.Fatalf("quote [%d,%d) does not hold the trigger [%d,%d)", m.QuoteStart, m.QuoteEnd, m.Start, m.End)
			}
			if !m.Type.Valid() || m.Confidence <= 0 || m.Confidence > 1 {
				t.Fatalf("type %q confidence %v", m.Type, m.Confidence)
			}
			if (m.Time == nil) != (m.Basis == Publication || m.Basis == PublicationBound) {
				t.Fatalf("time %v with basis %s", m.Time, m.Basis)
			}
		}
	})
}
