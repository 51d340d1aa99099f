package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
)

// TestRequestOnObject checks that a verb that needs a pattern ("ordered")
// is a demand when it asks its object to act, whether the parse gives the
// act as the verb's complement or hangs it on the object, and no event
// with a bare object.
func TestRequestOnObject(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want Type
	}{
		{"Putin ordered the local government to strengthen its supervision of the mines.", Demand},
		{"Putin ordered the army to withdraw from the town.", Demand},
		{"Putin ordered a new car.", ""},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		var got Type
		for _, m := range Extract(in) {
			if m.Trigger == "ordered" {
				got = m.Type
			}
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
