package actor

import "testing"

// TestSharedSurname: a surname two people were named in full with stands
// for the one the document has named most; of two named as often, the
// latest.
func TestSharedSurname(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, want string // want: the id of the text's last mention
	}{
		{"Senator John Miller spoke on Monday. Miller said the bill would pass. Miller added that it was urgent. His wife, Anne Miller, attended the meeting. Miller thanked the crowd.", "person:john-miller"},
		{"Senator John Miller spoke on Monday. His wife, Anne Miller, attended the meeting. Miller thanked the crowd.", "person:anne-miller"},
	} {
		ms := document(NewResolver(g), c.text)
		if len(ms) == 0 {
			t.Fatalf("%q: no mentions", c.text)
		}
		if got := ms[len(ms)-1]; got.Text != "Miller" || got.ActorID != c.want {
			t.Errorf("%q: last mention %q is %q, want Miller as %q", c.text, got.Text, got.ActorID, c.want)
		}
	}
}

// TestShortFormOfFullName: a name of two or more words that is a short
// form of a fuller name the document gave a person (its last words, or its
// first and last words) stands for that person, before any reading of its
// own; a fuller name after its short form joins it.
func TestShortFormOfFullName(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, short, long string // the mention texts that must share an id
	}{
		{"Party leader Tomas Abu Karimi arrived on Monday. Abu Karimi said the talks would go on.", "Abu Karimi", "Tomas Abu Karimi"},
		{"Mayor Lidia Ferrante Ostrova opened the bridge. Lidia Ostrova said it cost little.", "Lidia Ostrova", "Lidia Ferrante Ostrova"},
		{"Governor Abdel Bani-Quorat met farmers on Monday. He said Bani Quorat would bring water.", "Bani Quorat", "Abdel Bani-Quorat"},
		{"Envoy Denzil Mbaye arrived on Monday. Foreign Minister Karo Denzil Mbaye said the visit was brief.", "Denzil Mbaye", "Karo Denzil Mbaye"},
		{"Coach Mario Delgado Ruiz praised the team on Sunday. Fans cheered Delgado Ruiz after the game.", "Delgado Ruiz", "Mario Delgado Ruiz"},
	} {
		ids := map[string]string{}
		for _, m := range document(NewResolver(g), c.text) {
			ids[m.Text] = m.ActorID
		}
		if ids[c.short] == "" || ids[c.short] != ids[c.long] {
			t.Errorf("%q: %q is %q, %q is %q; want one person", c.text, c.short, ids[c.short], c.long, ids[c.long])
		}
	}
	// two people the short form fits: neither
	ms := document(NewResolver(g), "Minister Ana Sola Verin met Judge Pablo Sola Verin. Sola Verin said the meeting went well.")
	for _, m := range ms {
		if m.Text == "Sola Verin" && (m.ActorID == "person:ana-sola-verin" || m.ActorID == "person:pablo-sola-verin") {
			t.Errorf("Sola Verin taken for %q, though two people fit", m.ActorID)
		}
	}
}

// TestShortForm: which names are short forms of which.
func TestShortForm(t *testing.T) {
	for _, c := range []struct {
		short, long string
		want        bool
	}{
		{"Abu Karimi", "Tomas Abu Karimi", true},
		{"Lidia Ostrova", "Lidia Ferrante Ostrova", true},
		{"Bani Quorat", "Abdel Bani-Quorat", true},
		{"Ani Quorat", "Abdel Bani-Quorat", false}, // not at a word's start
		{"Anna Ostrova", "Lidia Ferrante Ostrova", false},
		{"Lidia Ferrante Ostrova", "Lidia Ostrova", false},
		{"Lidia Ostrova", "Lidia Ostrova", false},
	} {
		if got := shortForm(wordKeys(c.short), wordKeys(c.long)); got != c.want {
			t.Errorf("shortForm(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
		}
	}
}

// TestHyphenTailSurname: after a full name whose surname ends in a
// capitalized word joined by a hyphen ("al-Zubairi", "Ferrante-Ostrova"),
// that word alone stands for that person.
func TestHyphenTailSurname(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, full, short string }{
		{"Foreign Minister Tariq al-Zubairi arrived on Monday. Officials said Zubairi had left the talks.", "Tariq al-Zubairi", "Zubairi"},
		{"President Lidia Ferrante-Ostrova arrived on Monday. Officials said Ostrova had left the talks.", "Lidia Ferrante-Ostrova", "Ostrova"},
	} {
		ids := map[string]string{}
		for _, m := range document(NewResolver(g), c.text) {
			ids[m.Text] = m.ActorID
		}
		if full := ids[c.full]; full == "" || ids[c.short] != full {
			t.Errorf("%q: mentions %v; want %s as %s", c.text, ids, c.short, c.full)
		}
	}
}

// TestRespelled: which names are one name spelled two ways.
func TestRespelled(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Mara Sen Tolu", "Mara Seng Tolu", true},         // a letter added
		{"Abu Qarnit", "Abul Qarnit", true},               // a letter added to a first word
		{"Karelo Vinta", "Karilo Vinta", true},            // a letter changed
		{"Dan Ross", "Don Ross", false},                   // too short to tell: two names
		{"Karelo Vinta", "Karelo Vinto", false},           // the last word differs
		{"Karelo Mato Vinta", "Karilo Mata Vinta", false}, // two words differ
		{"Karelo Vinta", "Karelo Vinta", false},           // one spelling
	} {
		if got := respelled(wordKeys(c.a), wordKeys(c.b)); got != c.want {
			t.Errorf("respelled(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Party leader Karelo Vinta Mbeko spoke on Monday. Party leader Karilo Vinta Mbeko said the vote was fair."
	ids := map[string]string{}
	for _, m := range document(NewResolver(g), text) {
		ids[m.Text] = m.ActorID
	}
	if a := ids["Karelo Vinta Mbeko"]; a == "" || ids["Karilo Vinta Mbeko"] != a {
		t.Errorf("%q: mentions %v; want one person", text, ids)
	}
}

// TestOneEdit checks the one-letter distance of respelled names, equal
// strings included (no edit apart, and no panic).
func TestOneEdit(t *testing.T) {
	for _, tt := range []struct {
		s, t string
		want bool
	}{
		{"Sang", "San", true},
		{"San", "Sun", true},
		{"San", "Sank", true},
		{"San", "San", false},
		{"San", "Sanko", false},
		{"San", "Son", true},
		{"Sang", "Song", true},
		{"Sang", "Sing", true},
		{"Sang", "Snag", false},
	} {
		if got := oneEdit(tt.s, tt.t); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tt.s, tt.t, got, tt.want)
		}
	}
}
