package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
)

// TestPlacedTitle checks that a placed type's event with no participant
// takes the place its title names as its location (data/headlines.yaml
// placed).
func TestPlacedTitle(t *testing.T) {
	p, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, trigger, loc string
	}{
		// a market moves where its goods trade
		{"Rubber futures in Kyiv closed lower on Friday on thin trading.", "closed", "place:kyiv"},
		{"Farm incomes in Kursk rose 5 percent last year.", "rose", "place:kursk"},
		// a disaster strikes where the sentence places it
		{"Relief reached families hit by floods in Kursk's northern villages.", "floods", "place:kursk"},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		m := find(t, in, c.trigger)
		if m.Location != c.loc {
			t.Errorf("%q: location %q (title %q), want %q", c.text, m.Location, m.Title, c.loc)
		}
	}
}
