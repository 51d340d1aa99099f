package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestTitleNationalPlace checks that an agentless event of a type a
// country holds or suffers as a whole (data/headlines.yaml national), told
// with no place of its own, is placed in the one country its sentence
// names by a demonym ("Referendum held in Norland"), never left bare; two
// countries, or one told with "anti-", leave the title as it was.
func TestTitleNationalPlace(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{
		{"Norlandic", "country:NOR", actor.Country, false},
		{"Sudanese", "country:SDN", actor.Country, false},
	}
	for _, c := range []headlineCase{
		{"Norlandic President Karl Brenner sacked his whole cabinet, a day after the new charter was rejected in a referendum.", "referendum", "Referendum held in Norland"},
		{"Two weeks after the referendum, a Norlandic ferry rammed a Sudanese tanker.", "referendum", "Referendum held"},
		{"The anti-Norlandic parties won a majority after the elections in May.", "elections", "Elections held"},
	} {
		in := inputWith(c.text, ents)
		in.Parse = p.Sentence
		in.Item = true
		in.Names = map[string]string{"country:NOR": "Norland", "country:SDN": "Sudan"}
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestPlacedStateLocation checks that an election with no participant,
// dated by a time of its own, takes the country its title names as its
// location (data/headlines.yaml placed_state), but not a region its
// sentence names, nor a country when nothing but the publication dates
// it (a reference to an election, more often than the day's news).
func TestPlacedStateLocation(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{
		{"Norlandic", "country:NOR", actor.Country, false},
		{"Westmark", "place:westmark", actor.Place, true},
	}
	for _, c := range []struct {
		text, trigger string
		times         []tx
		want          string
	}{
		{"Norlandic President Karl Brenner sacked his whole cabinet, a day after the new charter was rejected in a referendum on May 3.", "referendum",
			[]tx{{"May 3", timex.Date, "2024-05-03", false}}, "country:NOR"},
		{"Norlandic President Karl Brenner sacked his whole cabinet after the new charter was rejected in a referendum.", "referendum", nil, ""},
		{"She became the first woman elected to lead a state in Westmark after the elections on May 3.", "elections",
			[]tx{{"May 3", timex.Date, "2024-05-03", false}}, ""},
	} {
		in := inputWith(c.text, ents, c.times...)
		in.Parse = p.Sentence
		in.Names = map[string]string{"country:NOR": "Norland", "place:westmark": "Westmark"}
		if m := find(t, in, c.trigger); m.Location != c.want {
			t.Errorf("%q: location %q (title %q, time %v), want %q", c.text, m.Location, m.Title, m.Time, c.want)
		}
	}
}
