package event

import "testing"

// TestPersonPatient checks Mention.PersonPatient (personPatient): an act
// done to a person the sentence names by a common noun, told in the past,
// marks its mention; a pronoun, a habit in the present and the noun a
// participle describes do not.
func TestPersonPatient(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		typ  Type
		want bool
	}{
		{"The driver of the truck has been arrested.", Arrest, true},
		{"Nine protesters were detained.", Arrest, true},
		{"His wife was released on bail.", Release, true},
		{"He was arrested.", Arrest, false},
		{"They release detainees when the talks stall.", Release, false},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		found, got := false, false
		for _, m := range Extract(in) {
			if m.Type == c.typ {
				found, got = true, got || m.PersonPatient
			}
		}
		if !found && c.want {
			t.Errorf("%q: no %s mention", c.text, c.typ)
			continue
		}
		if got != c.want {
			t.Errorf("%q: PersonPatient = %v, want %v", c.text, got, c.want)
		}
	}
}
