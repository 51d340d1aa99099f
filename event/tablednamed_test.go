package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestTabledNamedFire checks the trigger entries that read a dated act
// past a lead with one cue word: a bill or a treaty tabled in a
// legislature (table), a person named the chairman or the coach of a body
// (name: its needs), a fire told only as having occurred or happened
// (fire: its needs). Each row's event is found only through that entry.
func TestTabledNamedFire(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a bill tabled in parliament", "The new mining bill was tabled in parliament on Wednesday.", []string{"legislation:tabled"}},
		{"a treaty tabled", "The minister tabled the fisheries treaty on Monday.", []string{"legislation:tabled"}},
		{"named chairman", "Tom Varga was named chairman of the steel group on Monday.", []string{"appointment:named"}},
		{"named coach", "The club named Piet Olsen coach on Monday.", []string{"appointment:named"}},
		{"a fire that occurred", "The fire, which occurred on May 2 in the port of Varna, shocked the town.", []string{"accident:fire"}},
		{"a fire that happened", "A fire happened on Monday night in a market of Dorvan.", []string{"accident:fire"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkFound(t, c.text, c.want, nil) })
	}
}

// TestDatedParticipleOfPredicate checks that a past participle right after
// a predicate noun with a time of its own tells its act (characterizing),
// while one with no time still characterizes the noun.
func TestDatedParticipleOfPredicate(t *testing.T) {
	for _, c := range []struct {
		name, text string
		times      []tx
		background bool
	}{
		{"dated: the act", "They were among the nine miners kidnapped by gunmen on Monday.", []tx{{"on Monday", timex.Date, "2024-06-17", true}}, false},
		{"undated: a description", "They were among the nine miners kidnapped by gunmen.", nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			found := false
			for _, m := range Extract(parsed(t, c.text, c.times...)) {
				if m.Trigger == "kidnapped" {
					found = true
					if m.Background != c.background {
						t.Errorf("%q: background %v, want %v", c.text, m.Background, c.background)
					}
				}
			}
			if !found {
				t.Errorf("%q: no kidnapping", c.text)
			}
		})
	}
}
