package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestEditorialStatement checks that a news medium saying something in an
// editorial or a commentary is the speaker of its own statement, and that
// one only carrying what it reports, or another's words in an interview,
// is not (editorial.go).
func TestEditorialStatement(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Daily Courier", "org:courier", actor.Organization, false}}
	mon := tx{"on Monday", timex.Date, "2024-06-17", true}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The Daily Courier said in an editorial on Monday that the port talks had failed. The debate went on.", true},
		{"The Daily Courier on Monday said in a commentary that the port talks had failed. The debate went on.", true},
		{"The Daily Courier said on Monday that the port talks had failed. The debate went on.", false},
	} {
		in := inputWith(c.text, extra, mon)
		in.Parse = p.Sentence
		var got []Mention
		for _, m := range ofType(Extract(in), Statement) {
			if hasActor(&m, "org:courier") {
				got = append(got, m)
			}
		}
		if c.want != (len(got) == 1) {
			t.Errorf("%q: got %v, want a statement of the paper: %v", c.text, summary(got), c.want)
		}
	}
}
