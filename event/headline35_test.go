package event

import "testing"

// TestSideTakenKept checks that a verb with no object keeps the "in"
// phrase that says the side it takes (side_taken_nouns), with that
// noun's "of" phrase, and that a bare "in" place stays out of it.
func TestSideTakenKept(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"The court ruled on Tuesday in favor of the referendum.", "ruled", "Court rules in favor of referendum"},
		{"The appeals court ruled in favor of the two fishermen.", "ruled", "Appeals court rules in favor of two fishermen"},
		{"The panel ruled on Friday in favour of Norland.", "ruled", "Panel rules in favour of Norland"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}
