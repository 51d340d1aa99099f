package event

import (
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestLeadAct checks that a lead telling no event the lexicon knows makes
// the act of its main clause an event when the headline tells that act,
// its subject names an actor and a day of its own dates it, titled by the
// headline; and that none is made when the headline tells another act,
// the clause has no day, the act is to come, or the lead tells an event.
func TestLeadAct(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{{"Queen Astrid", "person:astrid", actor.Person, false}}
	fri := tx{"on Friday", timex.Date, "2024-06-14", true}
	for _, c := range []struct {
		rule, headline, text string
		times                []tx
		want                 bool
	}{
		{"the headline's act on a day", "Queen Astrid celebrates 60th birthday",
			"Queen Astrid celebrated her 60th birthday on Friday at the palace. Guests came from afar.", []tx{fri}, true},
		{"a reported clause", "Queen Astrid celebrates 60th birthday",
			"Queen Astrid celebrated her 60th birthday on Friday, the palace said. Guests came from afar.", []tx{fri}, true},
		{"a headline telling another act", "Queen turns 60",
			"Queen Astrid celebrated her 60th birthday on Friday at the palace. Guests came from afar.", []tx{fri}, false},
		{"no day of its own", "Queen Astrid celebrates 60th birthday",
			"Queen Astrid celebrated her 60th birthday at the palace. Guests came from afar.", nil, false},
		{"the report's day", "Queen Astrid celebrates 60th birthday",
			"Queen Astrid celebrated her 60th birthday at the palace, her office announced on Friday. Guests came from afar.", []tx{fri}, false},
		{"a day the parse hangs elsewhere", "Queen Astrid unveils statue of her father",
			"Queen Astrid unveiled a statue of her father Friday in the palace garden. Guests came from afar.", []tx{{"Friday", timex.Date, "2024-06-14", true}}, true},
		{"an act to come", "Queen Astrid celebrates 60th birthday",
			"Queen Astrid will celebrate her 60th birthday on Friday at the palace. Guests came from afar.", []tx{fri}, false},
		{"a lead telling an event the lexicon knows", "Queen Astrid meets prime minister",
			"Queen Astrid met the prime minister on Friday at the palace. Guests came from afar.", []tx{fri}, false},
	} {
		in := inputWith(c.text, extra, c.times...)
		in.Headline = c.headline
		in.Parse = p.Sentence
		got := ofType(Extract(in), Other)
		switch {
		case !c.want && len(got) > 0:
			t.Errorf("%s: %q: got %v, want no act", c.rule, c.text, summary(got))
		case c.want && (len(got) != 1 || !hasActor(&got[0], "person:astrid") || got[0].Title != c.headline):
			t.Errorf("%s: %q: got %v, want one act by person:astrid titled %q", c.rule, c.text, summary(got), c.headline)
		case c.want && (got[0].Time == nil || got[0].Time.Value != "2024-06-14"):
			t.Errorf("%s: %q: act dated by %v, want 2024-06-14", c.rule, c.text, got[0].Time)
		}
	}
}

// TestLeadActPerfectAndPassive checks the lead acts a headline tells
// that have no day of their own: one told in the present perfect is bound
// by the publication, under a report's day or none ("has disowned …,
// newspapers reported Friday"), though not a stance restated nor an act in
// the simple past under a report; and a passive whose subject or agent
// names a person ("was fined on Friday by the league": the target, the
// agent), not one of a thing; and an act a verb of onset begins on a day
// ("started to recruit volunteers on Friday"), not one gone on with.
func TestLeadActPerfectAndPassive(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Norway", "country:NOR", actor.Country, false},
		{"Olaf Brekke", "person:brekke", actor.Person, false},
		{"Nordic Hockey League", "org:nhl", actor.Organization, false},
	}
	fri := tx{"Friday", timex.Date, "2024-06-14", true}
	onFri := tx{"on Friday", timex.Date, "2024-06-14", true}
	for _, c := range []struct {
		rule, headline, text string
		times                []tx
		id                   string
		role                 Role
		basis                Basis
	}{
		{"a perfect under a report's day", "Norway disowns envoy's remarks",
			"Norway has disowned remarks by its envoy on the fishing dispute, newspapers reported Friday. The envoy spoke on radio.",
			[]tx{fri}, "country:NOR", Agent, PublicationBound},
		{"a stance restated in the perfect", "Norway stresses need for talks",
			"Norway has stressed the need for talks on the fishing dispute, newspapers reported Friday. The envoy spoke on radio.",
			[]tx{fri}, "", "", ""},
		{"a simple past under a report's day", "Norway disowns envoy's remarks",
			"Norway disowned remarks by its envoy on the fishing dispute, newspapers reported Friday. The envoy spoke on radio.",
			[]tx{fri}, "", "", ""},
		{"a passive of a person on a day", "Coach fined over outburst",
			"Hockey coach Olaf Brekke was fined 5,000 dollars on Friday for insulting a linesman. He apologised.",
			[]tx{onFri}, "person:brekke", Target, Relative},
		{"a passive's agent after by", "Coach fined by league over outburst",
			"Hockey coach Olaf Brekke was fined 5,000 dollars on Friday by the Nordic Hockey League for insulting a linesman. He apologised.",
			[]tx{onFri}, "org:nhl", Agent, Relative},
		{"an act begun on a day", "Norway recruits volunteers for farms abroad",
			"Norway started to recruit volunteers on Friday to help farms abroad. Many applied.",
			[]tx{onFri}, "country:NOR", Agent, Relative},
		{"an act gone on with", "Norway recruits volunteers for farms abroad",
			"Norway continued to recruit volunteers on Friday to help farms abroad. Many applied.",
			[]tx{onFri}, "", "", ""},
		{"a passive of a thing", "Plan launched in Norway",
			"A new plan was launched on Friday in Norway to help farmers. Farmers welcomed it.",
			[]tx{onFri}, "", "", ""},
	} {
		in := inputWith(c.text, extra, c.times...)
		in.DCT = time.Date(2024, 6, 15, 0, 0, 0, 0, time.UTC)
		in.Headline = c.headline
		in.Parse = p.Sentence
		got := ofType(Extract(in), Other)
		switch {
		case c.id == "" && len(got) > 0:
			t.Errorf("%s: %q: got %v, want no act", c.rule, c.text, summary(got))
		case c.id == "":
		case len(got) != 1 || got[0].Title != c.headline || !hasRole(&got[0], c.id, c.role):
			t.Errorf("%s: %q: got %v, want one act titled %q with %s as %s", c.rule, c.text, summary(got), c.headline, c.id, c.role)
		case got[0].Basis != c.basis:
			t.Errorf("%s: %q: dated %s, want %s", c.rule, c.text, got[0].Basis, c.basis)
		}
	}
}

// hasRole reports whether m has the actor id in the role r.
func hasRole(m *Mention, id string, r Role) bool {
	for _, p := range m.Participants {
		if p.ActorID == id && p.Role == r {
			return true
		}
	}
	return false
}
