package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestAwardMedal: a medal awarded to a side is won by it; a prize given
// to one the text does not name, a contract or damages awarded are none.
func TestAwardMedal(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"The school's chess club was awarded a bronze medal at the festival.", "sport_result:awarded"},
		{"The judges awarded the young skater the gold medal on Sunday.", "sport_result:awarded"},
		{"The poet was awarded the national prize for literature in 1990.", ""},
		{"The judge awarded the tenants damages of 50,000 euros.", ""},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestAwardPrize checks that a prize or an honour awarded to, won or
// received by a person the text names (in apposition to the "of" phrase of
// an office too) is an award dated by its own time,
// and that a contract won, prize money or a prize won by one the text
// does not name give none.
func TestAwardPrize(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{
		{"Marta Olsson", "person:olsson", actor.Person, false},
		{"Henrik Dahl", "person:dahl", actor.Person, false},
	}
	for _, c := range []struct {
		text  string
		title string // "" for no award
	}{
		{"Marta Olsson was awarded the national prize for literature in 1990.", "Marta Olsson awarded national prize for literature"},
		{"Henrik Dahl won the Lumen Prize for chemistry in 1961.", "Henrik Dahl wins Lumen Prize"},
		{"Marta Olsson received the Grey Owl Award on Tuesday.", "Marta Olsson receives Grey Owl Award"},
		{"Henrik Dahl took the best screenplay prize at the festival on Sunday.", "Henrik Dahl takes best screenplay prize"},
		{"Henrik Dahl won a contract to build the bridge on Tuesday.", ""},
		{"The winning crew received prize money of two million dollars.", ""},
		{"A young poet won the regional prize on Tuesday.", ""},
		{"The director of the city museum Marta Olsson received the Grey Owl Award on Tuesday.", "Marta Olsson receives Grey Owl Award"},
	} {
		in := inputWith(c.text, ents)
		in.Parse = p.Sentence
		got := ofType(Extract(in), Award)
		if c.title == "" {
			if len(got) > 0 {
				t.Errorf("%q: got %v, want no award", c.text, summary(got))
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%q: got %v, want one award", c.text, summary(got))
			continue
		}
		if got[0].Title != c.title {
			t.Errorf("%q: title %q, want %q", c.text, got[0].Title, c.title)
		}
	}
}
