package actor

import "testing"

// TestSurnameAbbreviation: a word that spells an abbreviated title without
// its period ("Sen", "Gen") after a capitalized word and before no
// capitalized one ends a person's name ("Thai envoy Chan Sen"); with its
// period, or before a name, it is still a title.
func TestSurnameAbbreviation(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, mention, id string
	}{
		{"Laotian Prime Minister Sok Sen visited Hanoi on Monday.", "Sok Sen", "person:sok-sen"},
		{"Envoy Pich Gen met the delegation in Hanoi.", "Pich Gen", "person:pich-gen"},
		{"Sen. Rado Andria visited Hanoi on Monday.", "Rado Andria", "person:rado-andria"},
		{"Mr Rado Andria visited Hanoi on Monday.", "Rado Andria", "person:rado-andria"},
	} {
		var got *Mention
		ms := document(NewResolver(g), c.text)
		for i := range ms {
			if ms[i].Text == c.mention {
				got = &ms[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no mention %q in %s", c.text, c.mention, dump(ms))
			continue
		}
		if got.ActorID != c.id {
			t.Errorf("%q: %q = %s, want %s", c.text, c.mention, got.ActorID, c.id)
		}
	}
}
