package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

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

// TestAppositiveNames checks that a generic object of people told by its
// names between commas is named by them, and that a name a verb or a
// possessive follows, or a list with a common noun, is no apposition.
func TestAppositiveNames(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"Police questioned two men, Karl Brenner and Otto Lind, over the theft.", "questioned", "Police question Karl Brenner and Otto Lind"},
		{"Investigators arrested a suspect, Karl Brenner, on Friday.", "arrested", "Investigators arrest suspect Karl Brenner"},
		{"The president dismissed the deputy speaker, Otto Lind, on Friday.", "dismissed", "President dismisses deputy speaker Otto Lind"},
		{"Police arrested two men, Karl Brenner said.", "arrested", "Police arrest two men"},
		{"Two reporters, Anna Holm and Lars Berg, were detained in the capital.", "detained", "Anna Holm and Lars Berg detained"},
		{"A nurse, Anna Holm, was abducted on Sunday.", "abducted", "Nurse Anna Holm abducted"},
		{"Police arrested two suspects, Karl Brenner and his brother, on Monday.", "arrested", "Police arrest two suspects"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestVerbHungWhichPhrase checks that a which-phrase the parse hangs on
// the verb is kept when it opens right after the bare object, and that
// one past another word is not.
func TestVerbHungWhichPhrase(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"The opposition rejected proposals for a truce on Monday.", "rejected", "Opposition rejects proposals for truce"},
		{"The rebels rejected calls for the resignation of the governor.", "rejected", "Rebels reject calls for resignation of governor"},
		{"The central bank raised its main interest rate for the first time in three years.", "raised", "Central bank raises main interest rate"},
	}
	for _, c := range cases {
		var times []tx
		if strings.Contains(c.text, "Monday") {
			times = append(times, tx{"Monday", timex.Date, "2024-06-17", true})
		}
		in := inputWith(c.text, nil, times...)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}
