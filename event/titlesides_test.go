package event

import (
	"slices"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestRepeatsObject checks that a closing "with" phrase naming again what
// the object names, by the last word of its name, is found, and one
// naming another side is not.
func TestRepeatsObject(t *testing.T) {
	cases := []struct {
		x, object string
		want      bool
	}{
		{"with Grand Mufti Omar Tell", "Omar Tell", true},
		{"with Ilse Varga", "Ilse Varga", true},
		{"with Second Division", "Second Division side Rovers", true},
		{"with Ilse Varga", "prime minister", false},
		{"with Russia", "Russian officials", false},
		{"in Moscow", "Moscow", false},
		{"with Kim", "", false},
	}
	for _, c := range cases {
		if got := repeatsObject(c.x, c.object); got != c.want {
			t.Errorf("repeatsObject(%q, %q) = %v, want %v", c.x, c.object, got, c.want)
		}
	}
}

// roleHolders returns the actor ids of the mention's participants in role r.
func roleHolders(m Mention, r Role) []string {
	var ids []string
	for _, p := range m.Participants {
		if p.Role == r {
			ids = append(ids, p.ActorID)
		}
	}
	return ids
}

// TestMoveWithClause checks that a move of a thing takes no side from its
// "with" phrase, which tells what came with it ("shares fell with the
// benchmark index dropping"), neither as a participant nor in its title.
func TestMoveWithClause(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{{"Alder Composite Index", "org:alder-index", actor.Organization, false}}
	text := "Russian shares slipped from a record high on Tuesday with the closely watched Alder Composite Index slipped 12 points."
	in := inputWith(text, ents)
	in.Parse = p.Sentence
	m := find(t, in, "slipped")
	if ids := roleHolders(m, Counterpart); len(ids) > 0 {
		t.Errorf("%q: counterparts %v, want none", text, ids)
	}
	if m.Title != "Russian shares slip" {
		t.Errorf("%q: title %q, want %q", text, m.Title, "Russian shares slip")
	}
}

// TestReducedConjunct checks that a past participle right after a noun
// that the parse joins to the clause's verb as a conjunct ("called for
// the dismissal of a senior official charged with ...") is done to that
// noun: the caller is not its agent, and the title names the noun.
func TestReducedConjunct(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	text := "A Russian opposition leader on Tuesday called for the dismissal of a senior Russian official charged with hiding stolen funds abroad."
	in := input(text)
	in.Parse = p.Sentence
	m := find(t, in, "charged")
	if ids := roleHolders(m, Agent); len(ids) > 0 {
		t.Errorf("%q: agents %v, want none", text, ids)
	}
	if want := "Senior Russian official charged"; m.Title != want {
		t.Errorf("%q: title %q, want %q", text, m.Title, want)
	}
}

// TestEnvoyPostedTo checks that the state an envoy is posted to ("the
// Iranian Ambassador to Turkey") is no party of what is done to the envoy
// and no phrase of its title, while a visit keeps where it goes.
func TestEnvoyPostedTo(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	text := "Russian Foreign Minister Lavrov said he had summoned Iranian Ambassador to Turkey, Ali Jafari, on Tuesday afternoon."
	in := input(text)
	in.Parse = p.Sentence
	m := find(t, in, "summoned")
	if ids := roleHolders(m, Counterpart); slices.Contains(ids, "country:TUR") {
		t.Errorf("%q: counterparts %v, want no Turkey", text, ids)
	}
	if want := "Lavrov summons Iranian Ambassador"; m.Title != want {
		t.Errorf("%q: title %q, want %q", text, m.Title, want)
	}
}

// TestObjectNamesSide checks that a side or place the object's own words
// name (a demonym, a possessor) is not said again after it ("visits Iraqi
// capital in Iraq", "rejects French plan with France"), while one in the
// object's prepositional phrase, which the title leaves out, still is.
func TestObjectNamesSide(t *testing.T) {
	checkTitlesWith(t, false, []ent{{"Iraqi", "country:IRQ", actor.Country, false}}, []headlineCase{
		{"The Norland envoy visited the Iraqi capital on Monday.", "visited", "Norland envoy visits Iraqi capital"},
		{"Turkey signed an agreement on trade with China on Monday.", "signed", "Turkey signs agreement on trade with China"},
	})
}
