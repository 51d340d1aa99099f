package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestDeathFound checks that a death told by the finding of the dead ("was
// found dead", "the bodies of … were found") is a death whose dead are its
// targets, the finders no party, titled by the patient ("Norland soldier
// found dead"); and that a finding of anything else is no event.
func TestDeathFound(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Vestby", "place:vestby", actor.Place, false},
	}
	for _, c := range []struct {
		text, roles, title string // roles "" for no death
	}{
		{"A Norland soldier was found dead at a camp near Vestby on Thursday.", "location=place:vestby target=country:NOR", "Norland soldier found dead near Vestby"},
		{"Norland police found the bodies of four fishermen on a beach on Thursday.", "", "Bodies of four fishermen found"},
		{"Auditors found that the firm had hidden its debts from Norland.", "-", ""},
		{"Divers found two of the sailors alive on Thursday.", "-", ""},
	} {
		in := inputWith(c.text, ents)
		in.Parse = p.Sentence
		got := ofType(Extract(in), Death)
		if c.roles == "-" {
			if len(got) > 0 {
				t.Errorf("%q: got deaths %v, want none", c.text, summary(got))
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%q: got deaths %v, want one", c.text, summary(got))
			continue
		}
		if r := roles(got[0]); r != c.roles {
			t.Errorf("%q: participants %q, want %q", c.text, r, c.roles)
		}
		if got[0].Title != c.title {
			t.Errorf("%q: title %q, want %q", c.text, got[0].Title, c.title)
		}
	}
}
