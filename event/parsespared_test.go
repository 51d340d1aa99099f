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
		{"patient needs", "The small bakery won a local prize for its bread.", nil},
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
