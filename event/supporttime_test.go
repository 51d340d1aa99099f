package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/timex"
)

// TestSupportTime checks, on a real parse, that a noun trigger whose verb
// carries its event (the subject of a support verb) takes the day the
// parse hangs on that verb, or on a verb coordinated with it that shares
// its subject, as its own: the mention is the sentence's news, not
// background ("the hearing was opened and then suspended on Monday"); a
// time inside the subject's phrase, before the verb, is not the noun's
// (the test DCT, 2024-06-20, is a Thursday).
func TestSupportTime(t *testing.T) {
	p, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	for _, c := range []struct {
		text    string
		times   []tx
		trigger string
		want    string
		fore    bool // told in the foreground
	}{
		{"The trial of the three accused bankers was opened and then suddenly adjourned Monday.",
			[]tx{d("Monday", "2024-06-17")}, "trial", "2024-06-17", true},
		{"The trial of two men charged with arson last year opened in the port city on Tuesday.",
			[]tx{d("last year", "2023"), d("Tuesday", "2024-06-18")}, "trial", "2024-06-18", true},
	} {
		in := input(c.text, c.times...)
		in.Parse = p.Sentence
		m := find(t, in, c.trigger)
		got := timeValue(m)
		if got != c.want || m.Background == c.fore {
			t.Errorf("%q %q: dated %q (background %v), want %q (background %v)", c.text, c.trigger, got, m.Background, c.want, !c.fore)
		}
	}
}
