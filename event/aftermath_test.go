package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// TestAftermath checks, on real parses, that an undated event noun in a
// "from" phrase of a head that comes out of it (aftermath_heads: learn,
// profit, injuries) is bounded by the publication date, and that the
// same noun after a verb of no aftermath keeps the publication day.
func TestAftermath(t *testing.T) {
	full, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	bare, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	parsers := map[string]func(string, int, int) conllu.Sentence{"full": full.Sentence, "tagger+parser": bare.Sentence}
	for _, tc := range []struct {
		text string
		typ  Type
		want Basis
	}{
		{"The ministry urged drivers to learn from a deadly train crash in the north.", Accident, PublicationBound},
		{"The ministry reported a deadly train crash in the north.", Accident, Publication},
	} {
		for _, parsed := range []string{"full", "tagger+parser"} {
			in := input(tc.text)
			in.Parse = parsers[parsed]
			m := only(t, in, tc.typ)
			if m.Basis != tc.want {
				t.Errorf("%q (parse %s): basis %s, want %s", tc.text, parsed, m.Basis, tc.want)
			}
		}
	}
}
