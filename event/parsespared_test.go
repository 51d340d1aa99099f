package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// TestParseSpared checks that the rules whose answer the text settles do
// not ask for the parse (the costly part of reading a sentence): each
// one-sentence text below holds no event, and the rule that used to parse
// it only to refuse is answered from its words first.
func TestParseSpared(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text string
		times      []tx
	}{
		// noteHistory: its only date is of the publication's month
		{"recent date", "The two neighbours expanded their trade links this month.", []tx{{"this month", "DATE", "2024-06", false}}},
		// noteHistory: an old date on a root no trigger tells, and no next
		// sentence to bound (rootOpens is read when the next one asks)
		{"old date, last sentence", "The two neighbours widened their trade links in 2019.", []tx{{"2019", "DATE", "2019", false}}},
		// patient_needs: "won" needs an order or a contract it has not
		{"patient needs", "The small bakery won a local following for its bread.", nil},
		// frame_verbs: a seminar no verb of the list holds
		{"frame verbs", "A seminar on river pollution in the delta.", nil},
		// offGame before impersonalPatient: "beat" of play with no game named
		{"game verb", "Local growers beat the big chains on price.", nil},
		// midCapital: a capitalized word inside a sentence of lowercase words
		{"capital", "The new Strike brand of matches sold well in the northern towns.", nil},
	} {
		in := input(c.text, c.times...)
		n := 0
		in.Parse = func(text string, start, end int) conllu.Sentence {
			n++
			return p.Sentence(text, start, end)
		}
		Extract(in)
		if n != 0 {
			t.Errorf("%s: %q parsed %d times; want none", c.name, c.text, n)
		}
	}
}

// TestHeadlineParseSpared checks that the headline is parsed (headlineCore)
// only when a word of the lead's trigger may share a lemma with a word of
// its text (mayEchoHeadline), and that it still titles the lead event when
// one does.
func TestHeadlineParseSpared(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	const text = "Rebels seized a border town near Kursk on Monday."
	for _, c := range []struct {
		headline string
		parsed   bool
	}{
		{"Flood waters recede across the northern plains", false},
		{"Rebels seize border town near Kursk", true},
	} {
		in := input(text)
		in.Headline = c.headline
		n := 0
		in.Parse = func(s string, start, end int) conllu.Sentence {
			if s == c.headline {
				n++
			}
			return p.Sentence(s, start, end)
		}
		ms := Extract(in)
		if (n > 0) != c.parsed {
			t.Errorf("%q: headline parsed %d times, want parsed %v", c.headline, n, c.parsed)
		}
		titled := false
		for _, m := range ms {
			titled = titled || m.Title == c.headline
		}
		if titled != c.parsed {
			t.Errorf("%q: a mention titled by the headline: %v, want %v", c.headline, titled, c.parsed)
		}
	}
}
