package petrarch

import (
	"reflect"
	"testing"
)

// TestDropForeignAliases checks that an alias naming another actor (its
// name, a run of its name's words, or its alias) is dropped, and that short
// forms of the actor's own name, one-word aliases, initials and countries'
// aliases stay.
func TestDropForeignAliases(t *testing.T) {
	actors := []Actor{
		{ID: "org:party-of-god", Kind: "organization", Name: "Party of God",
			Aliases: []string{"Holy Struggle", "PoG", "Party God Movement", "Red Brigade", "U.N."}},
		{ID: "org:northern-holy-struggle", Kind: "organization", Name: "Northern Holy Struggle"},
		{ID: "org:red-brigade", Kind: "organization", Name: "Red Brigade Front", Aliases: []string{"Red Brigade"}},
		{ID: "org:un", Kind: "organization", Name: "UN", Aliases: []string{"U.N."}},
		{ID: "country:XYZ", Kind: "country", Name: "Xyzland", Aliases: []string{"Holy Struggle"}},
	}
	n := dropForeignAliases(actors)
	want := map[string][]string{
		// "Holy Struggle" is in another's name, "Red Brigade" another's
		// name and alias; "Party God Movement" shares words with the name
		"org:party-of-god": {"PoG", "Party God Movement", "U.N."},
		// "Red Brigade" shares words with its own name
		"org:red-brigade": {"Red Brigade"},
		"org:un":          {"U.N."},
		"country:XYZ":     {"Holy Struggle"},
	}
	for _, a := range actors {
		if w, ok := want[a.ID]; ok && !reflect.DeepEqual(a.Aliases, w) {
			t.Errorf("%s: aliases %q, want %q", a.ID, a.Aliases, w)
		}
	}
	if n != 2 {
		t.Errorf("dropped %d aliases, want 2", n)
	}
}
