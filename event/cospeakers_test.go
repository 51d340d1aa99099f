package event

import (
	"slices"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestCoSpeakers checks that a lead statement with coordinated subjects
// ("X and Y said") keeps every named conjunct as an agent, and that a
// name listed in brackets after the speaker's title is no second speaker.
func TestCoSpeakers(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Nordkyst Lines", "org:nordkyst", actor.Organization, false},
		{"Baltic Ferries", "org:baltic-ferries", actor.Organization, false},
		{"Lena Hartwig", "person:hartwig", actor.Person, false},
		{"Green Union", "org:green-union", actor.Organization, false},
	}
	tue := tx{"Tuesday", timex.Date, "2024-06-18", true}
	for _, c := range []struct {
		rule, text string
		agents     []string
	}{
		{"two companies", "Nordkyst Lines and Baltic Ferries said Tuesday that fuel prices had doubled. The debate went on.",
			[]string{"org:baltic-ferries", "org:nordkyst"}},
		{"one company", "Nordkyst Lines said Tuesday it would buy a rival ferry company. The debate went on.",
			[]string{"org:nordkyst"}},
	} {
		in := inputWith(c.text, extra, tue)
		in.Parse = p.Sentence
		got := ofType(Extract(in), Statement)
		if len(got) != 1 {
			t.Errorf("%s: %q: got statements %v, want one", c.rule, c.text, summary(got))
			continue
		}
		var ids []string
		for _, q := range got[0].Participants {
			if q.Role == Agent {
				ids = append(ids, q.ActorID)
			}
		}
		slices.Sort(ids)
		if !slices.Equal(ids, c.agents) {
			t.Errorf("%s: %q: agents %v, want %v", c.rule, c.text, ids, c.agents)
		}
	}
}

// TestAgentConjunct checks that two names joined by "and" before an event
// noun both act ("the Norwegian and Swedish invasion"): the second is no
// counterpart of the first.
func TestAgentConjunct(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Norwegian", "country:NOR", actor.Country, false},
		{"Swedish", "country:SWE", actor.Country, false},
	}
	tue := tx{"Tuesday", timex.Date, "2024-06-18", true}
	text := "The Norwegian and Swedish invasion of the island began on Tuesday."
	in := inputWith(text, extra, tue)
	in.Parse = p.Sentence
	got := ofType(Extract(in), Invasion)
	if len(got) != 1 {
		t.Fatalf("%q: got invasions %v, want one", text, summary(got))
	}
	var ids []string
	for _, q := range got[0].Participants {
		if q.Role == Agent {
			ids = append(ids, q.ActorID)
		}
	}
	slices.Sort(ids)
	if want := []string{"country:NOR", "country:SWE"}; !slices.Equal(ids, want) {
		t.Errorf("%q: agents %v, want %v (%v)", text, ids, want, got[0].Participants)
	}
}
