package actor

import "testing"

// TestStrayWord checks that a one-word name the article never writes in
// full stays nobody where its place tells another reading (strayWord): an
// adjective opening the sentence before a lower-case word, a word before
// a capitalized word of another name; and that the same word under a
// title, or alone, is still the person earlier documents named in full.
func TestStrayWord(t *testing.T) {
	before := []string{
		"Judge Odile Young ruled on Monday.", "Odile Young left the court.",
		"Judge Tovan Marchetti ruled on Monday.", "Tovan Marchetti left the court.",
	}
	cases := []struct {
		name, text, word, id string // id "" for none of them
	}{
		{"an adjective opening the sentence", "Young voters queued outside the stations.", "Young", ""},
		{"the surname under a title", "Judge Young adjourned the case.", "Young", "person:odile-young"},
		{"a word of another name after it", "The panel was led by Marchetti Hamilton, a former senator.", "Marchetti", ""},
		{"the surname alone", "Reporters asked Marchetti about the case.", "Marchetti", "person:tovan-marchetti"},
	}
	for _, c := range cases {
		if got := personAfter(t, before, c.text, c.word); got != c.id {
			t.Errorf("%s: %q resolves to %q, want %q", c.name, c.word, got, c.id)
		}
	}
}
