package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestTitleStrandedGrounds checks strandedFrom: a blame or praise verb's
// oblique is its grounds only when no word of another phrase stands
// between it and the object ("blasted the cabinet as riddled with graft"
// never reads "blasts cabinet with graft"); an adverb or a time between
// them does not part them.
func TestTitleStrandedGrounds(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{{"Karl Brenner", "person:karl-brenner", actor.Person, false}}
	for _, c := range []struct {
		text, trigger, want string
		times               []tx
	}{
		{"Karl Brenner blasted the cabinet as riddled with graft.", "blasted", "Karl Brenner blasts cabinet", nil},
		{"Karl Brenner praised the hospital for its quick work.", "praised", "Karl Brenner praises hospital for quick work", nil},
		{"Karl Brenner praised the hospital here on Tuesday for its quick work.", "praised", "Karl Brenner praises hospital for quick work",
			[]tx{{"on Tuesday", timex.Date, "2006-11-07", true}}},
	} {
		in := inputWith(c.text, ents, c.times...)
		in.Parse = p.Sentence
		in.Item = true
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}
