package event

import (
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestLeadMediumAct checks the act of a lead that only a news medium or an
// unnamed source reports, closing it (with a day or none), with no
// headline telling it: told in the present perfect it is the lead's event,
// bound by the publication; not a tally ("so far"), not in the simple
// past (of any day before the report), not an act under way, not one a
// named person vouches for (the lead statement's), not a sentence after
// the lead.
func TestLeadMediumAct(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Norway", "country:NOR", actor.Country, false},
		{"Olaf Brekke", "person:brekke", actor.Person, false},
	}
	fri := tx{"Friday", timex.Date, "2024-06-14", true}
	for _, c := range []struct {
		rule, text string
		times      []tx
		basis      Basis // "" for no act
	}{
		{"a perfect a newspaper reports",
			"Norway has doubled the fees for fishing licences, a state newspaper reported Friday. Fishermen were angry.",
			[]tx{fri}, PublicationBound},
		{"a perfect unnamed sources report",
			"Norway has doubled the fees for fishing licences, parliamentary sources said Friday. Fishermen were angry.",
			[]tx{fri}, PublicationBound},
		{"a perfect a newspaper reports with no day",
			"Norway has doubled the fees for fishing licences, a state newspaper reported. Fishermen were angry.",
			nil, PublicationBound},
		{"a perfect a named person vouches for",
			"Norway has doubled the fees for fishing licences, Olaf Brekke said Friday. Fishermen were angry.",
			[]tx{fri}, ""},
		{"a tally so far",
			"Norway has issued 400 fishing licences so far, a state newspaper reported Friday. Fishermen were angry.",
			[]tx{fri}, ""},
		{"a course under way",
			"Norway is doubling the fees for fishing licences, a state newspaper reported Friday. Fishermen were angry.",
			[]tx{fri}, ""},
		{"a simple past with only the report's day",
			"Norway doubled the fees for fishing licences, a state newspaper reported Friday. Fishermen were angry.",
			[]tx{fri}, ""},
		{"not the lead",
			"Fishermen were angry. Norway has doubled the fees for fishing licences, a state newspaper reported Friday.",
			[]tx{fri}, ""},
	} {
		in := inputWith(c.text, extra, c.times...)
		in.DCT = time.Date(2024, 6, 15, 0, 0, 0, 0, time.UTC)
		in.Headline = "Fishermen angry"
		in.Parse = p.Sentence
		var got []Mention
		for _, m := range Extract(in) {
			if m.Type != Statement && hasRole(&m, "country:NOR", Agent) {
				got = append(got, m)
			}
		}
		switch {
		case c.basis == "" && len(got) > 0:
			t.Errorf("%s: %q: got %v, want no act", c.rule, c.text, summary(got))
		case c.basis == "":
		case len(got) != 1:
			t.Errorf("%s: %q: got %v, want one act of Norway's", c.rule, c.text, summary(got))
		case got[0].Basis != c.basis:
			t.Errorf("%s: %q: dated %s, want %s", c.rule, c.text, got[0].Basis, c.basis)
		}
	}
}
