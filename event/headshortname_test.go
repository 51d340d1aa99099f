package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestShortSpeaker checks that a statement whose clause does not fit
// beside the speaker's full name is told with the one word of the name
// the document calls the person by (a mention of the person, or a word of
// the name the text uses alone), and that with no such word (the clause
// then told within maxSaidChars), or a clause that fits, the full name
// stays.
func TestShortSpeaker(t *testing.T) {
	const clause = " warned that failure to improve the harbour roads might open the way to long delays for the fishing fleet."
	for _, c := range []struct {
		rule, text, want string
		alone            bool // the short name is a mention of the person
	}{
		{"the short name the document uses", "Bartholomew Featherstonehaugh" + clause + " Featherstonehaugh spoke in the port.",
			"Featherstonehaugh warns failure to improve harbour roads might open way", true},
		{"the name's word the text uses alone", "Bartholomew Featherstonehaugh" + clause + " Featherstonehaugh spoke in the port.",
			"Featherstonehaugh warns failure to improve harbour roads might open way", false},
		{"no short name in the document", "Bartholomew Featherstonehaugh" + clause + " The minister spoke in the port.",
			"Bartholomew Featherstonehaugh warns failure to improve harbour roads might open way to long delays", true},
		{"a clause that fits the full name", "Bartholomew Featherstonehaugh warned that the harbour roads might close. Featherstonehaugh spoke in the port.",
			"Bartholomew Featherstonehaugh warns harbour roads might close", true},
	} {
		ents := []ent{{"Bartholomew Featherstonehaugh", "person:featherstonehaugh", actor.Person, false}}
		if c.alone {
			ents = append(ents, ent{"Featherstonehaugh", "person:featherstonehaugh", actor.Person, false})
		}
		in := parsedWith(t, c.text, ents)
		in.Names = map[string]string{"person:featherstonehaugh": "Bartholomew Featherstonehaugh"}
		got := ""
		for _, m := range Extract(in) {
			if m.Type == Statement && m.Sentence == 0 {
				got = m.Title
			}
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.rule, got, c.want)
		}
	}
}
