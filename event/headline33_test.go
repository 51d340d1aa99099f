package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestPossessorKept checks that an object keeps a possessive that is part
// of what it names, a possessive inside a name or a plural noun
// classifying the head, and that a singular common possessor stays out.
func TestPossessorKept(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"The health ministry praised the Tarnow City Children's Clinic for its care of burn victims.", "praised",
			"Health ministry praises Tarnow City Children's Clinic for care of burn victims"},
		{"A party official urged women's associations to register young voters.", "urged",
			"Party official urges women's associations to register young voters"},
		{"Riot police raided the dockworkers' union in the port city.", "raided",
			"Riot police raid dockworkers' union"},
		{"Police arrested the town's mayor on Sunday.", "arrested", "Police arrest mayor"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
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

// TestCallContentKept checks that a call keeps what it asks for: the bare
// infinitive "help" takes ("to help rebuild the schools"), and the phrase
// a noun of joining relates to ("the adhesion to the treaty").
func TestCallContentKept(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"The governor urged farmers to help rebuild the dikes.", "urged", "Governor urges farmers to help rebuild dikes"},
		{"The governor called on village councils to help repair the roads.", "called", "Governor calls on village councils to help repair roads"},
		{"The governor called for the adhesion to the water treaty.", "called", "Governor calls for adhesion to water treaty"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestCountryAdjectiveNoPlace checks that the first word of a country's
// name used as its adjective ("Soviet rule") gives no place to a title
// with no participant ("in Soviet" would read garbled).
func TestCountryAdjectiveNoPlace(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	text := "After the revolt against Soviet rule, the club won four league titles."
	in := inputWith(text, []ent{{"Soviet", "country:SUN", actor.Country, false}})
	in.Parse = p.Sentence
	in.Names = map[string]string{"country:SUN": "Soviet Union"}
	if m := find(t, in, "won"); m.Title != "Club wins four league titles" {
		t.Errorf("%q: title %q, want %q", text, m.Title, "Club wins four league titles")
	}
}
