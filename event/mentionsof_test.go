package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestMentionsOfID checks the index of an actor's mentions: every mention
// of the id in the input's order, none of another id, and the kind a rule
// reads (kindOf, person) taken from the first.
func TestMentionsOfID(t *testing.T) {
	in := inputWith("Karl Brenner met Velda officials. Brenner then left Velda.", []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Brenner", "person:karl-brenner", actor.Person, false},
		{"Velda", "country:VEL", actor.Country, false},
	})
	d := newAnalysis(in)
	got := d.mentionsOfID("person:karl-brenner")
	if len(got) != 2 || got[0].Text != "Karl Brenner" || got[1].Text != "Brenner" {
		t.Fatalf("mentions of Brenner: %+v", got)
	}
	if n := len(d.mentionsOfID("country:VEL")); n != 2 {
		t.Errorf("mentions of Velda: %d, want 2", n)
	}
	if len(d.mentionsOfID("person:nobody")) != 0 {
		t.Error("mentions of an unknown id")
	}
	s := &sent{d: &doc{analysis: d}}
	if s.kindOf("person:karl-brenner") != actor.Person || s.kindOf("country:VEL") != actor.Country || s.kindOf("person:nobody") != "" {
		t.Error("kindOf does not read the first mention's kind")
	}
	if !d.person("person:karl-brenner") || d.person("country:VEL") {
		t.Error("person does not read the first mention's kind")
	}
}
