package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/timex"
)

// TestNounPlace checks that a bare happening noun with no place of its
// mention takes the place its own phrase names after a place preposition
// (nounPlace), and never a time told the same way.
func TestNounPlace(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Fishing boats stayed in port after a quake off Sumatra on Friday.", "quake", "Quake hits off Sumatra"},
	})
	p, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	text := "The new rules, approved at a referendum in October, cut the number of ministers."
	in := input(text, tx{"October", timex.Date, "2024-10", true})
	in.Parse = p.Sentence
	if m := find(t, in, "referendum"); m.Title != "Referendum held" {
		t.Errorf("%q: title %q, want %q (a month is no place)", text, m.Title, "Referendum held")
	}
}
