package event

import "testing"

// TestWhichPhraseKept checks that a bare object keeps the modifier that
// says which thing it is (which_cases), that a place, a visit's object
// and a clause's subject stay out, and that a phrase past the noun
// phrase's length is not kept.
func TestWhichPhraseKept(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"The opposition rejected new proposals for a truce in the south.", "rejected", "Opposition rejects proposals for truce"},
		{"The farmers' union denounced plans for new dams.", "denounced", "Farmers' union denounces plans for dams"},
		{"The mayor condemned plans for a new airport.", "condemned", "Mayor condemns plans for airport"},
		{"Karl Brenner visited the northern capital on official business.", "visited", "Karl Brenner visits northern capital"},
		{"The tribunal rejected a request for the board to pay damages.", "rejected", "Tribunal rejects request"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestDoubledRunDropped checks that a run of words a title's pieces both
// bring is said once, and that a name told twice stays.
func TestDoubledRunDropped(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Court jails two men for theft for theft of cattle", "Court jails two men for theft of cattle"},
		{"Members find guilty guilty", "Members find guilty"},
		{"Sirhan Sirhan appeals", "Sirhan Sirhan appeals"},
		{"Army sends troops to border and troops to coast", "Army sends troops to border and troops to coast"},
	}
	for _, c := range cases {
		if got := dropDoubled(c.in); got != c.want {
			t.Errorf("dropDoubled(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestProtestObject checks that a protest told by a verb with an object
// names what is protested, and that a protest's "of" phrase still names
// who protests.
func TestProtestObject(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"Nurses protested the closure of the clinic.", "protested", "Nurses protest closure of clinic"},
		{"The fishermen protested the quotas on Tuesday.", "protested", "Fishermen protest quotas"},
		{"Dock workers protested against the reform.", "protested", "Dock workers protest against reform"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestOwnedSubject checks that a subject with no agent keeps the
// possessor that says whose it is, and that a pronoun possessor stays
// out.
func TestOwnedSubject(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"Norland's GDP rose 4.1 percent in the second quarter.", "rose", "Norland's GDP rises 4.1 percent"},
		{"Karl Brenner's supporters protested the ruling.", "protested", "Karl Brenner's supporters protest ruling"},
		{"His supporters protested the ruling.", "protested", "Supporters protest ruling"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}
