package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
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
