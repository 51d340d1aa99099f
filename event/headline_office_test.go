package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleAppointedAs checks that an appointment names whom it names,
// also when the parse takes the name for a complement ("named Erik Lund
// as foreign minister"), with the post its "as" phrase gives, never
// "makes appointment".
func TestTitleAppointedAs(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner named Erik Lund as foreign minister on Monday.", "named", "Karl Brenner names Erik Lund as foreign minister"},
		{"Karl Brenner appointed Erik Lund as his new envoy on Monday.", "appointed", "Karl Brenner appoints Erik Lund as envoy"},
	})
}

// TestTitlePassivePost checks that an agentless passive of a post verb
// keeps the post its "as" phrase names, without "as" ("Brenner was
// elected as president" → "Brenner elected president"), but not a
// phrase that names no post ("as a reward").
func TestTitlePassivePost(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Elected as president in 2004, Karl Brenner will face a crucial test in the coming elections.", "Elected", "Karl Brenner elected president"},
		{"Karl Brenner was appointed as a reward for his loyalty in 2004.", "appointed", "Karl Brenner appointed"},
	})
}

// TestTitlePostLeft checks that a verb of leaving a post (leave_verbs)
// keeps the post its "as" phrase names or the body its "from" phrase
// names ("resigned as finance minister" → "resigns as finance minister"),
// never a bare "resigns", and leaves out a post only the subject's own
// ("from his post").
func TestTitlePostLeft(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner resigned as finance minister on Monday.", "resigned", "Karl Brenner resigns as finance minister"},
		{"Karl Brenner resigned on Friday from the senate.", "resigned", "Karl Brenner resigns from senate"},
		{"Karl Brenner stepped down from his post on Friday.", "stepped down", "Karl Brenner steps down"},
	})
}

// TestTitleBodyJoined checks that an agentless passive of a verb of
// choosing (post_verbs) keeps the body its "to" phrase names ("was
// elected to the regional assembly" → "elected to regional assembly"),
// never a bare "Karl Brenner elected".
func TestTitleBodyJoined(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner was elected to the regional assembly in 1998.", "elected", "Karl Brenner elected to regional assembly"},
		{"Karl Brenner was appointed to the board of the central bank last year.", "appointed", "Karl Brenner appointed to board of central bank"},
	})
}

// TestOfficeTaken checks that a verb of entering an office keeps the
// office its "as" phrase names, with "as", passive or active, and stays
// bare without one.
func TestOfficeTaken(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"Marta Lindqvist was sworn in as defence minister on Friday.", "sworn in", "Marta Lindqvist sworn in as defence minister"},
		{"Marta Lindqvist took office as governor of the province on Friday.", "took office", "Marta Lindqvist takes office as governor of province"},
		{"Marta Lindqvist was sworn in on Friday.", "sworn in", "Marta Lindqvist sworn in"},
		{"Marta Lindqvist was sworn in as Ukraine's trade minister on Friday.", "sworn in", "Marta Lindqvist sworn in as Ukraine's trade minister"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}
