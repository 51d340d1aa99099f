package actor

import "testing"

// TestPortfolioTitles: a minister named with the portfolio written after
// the title ("Minister of Commerce", "Minister for Fisheries and Forestry",
// "Minister of State for Trade", "Minister of Foreign Affairs and Trade")
// is a person with that role, affiliated with the demonym before the
// title (a name the Phoenix dictionary knows keeps its actor), and
// neither the portfolio nor the demonym is an actor of its
// own; a portfolio with no name right after it names nobody.
func TestPortfolioTitles(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, mention, id, affil string
	}{
		{"Kenyan Minister of Commerce Otieno Mwangi arrived on Monday.", "Otieno Mwangi", "person:otieno-mwangi", "country:KEN"},
		{"The talks with Polish Minister for Fisheries and Forestry Tomas Varga ended.", "Tomas Varga", "person:tomas-varga", "country:POL"},
		{"Chilean Minister of State for Trade Mira Loncar resigned.", "Mira Loncar", "person:mira-loncar", "country:CHL"},
		{"Dutch Minister of Foreign Affairs and Trade Odile Varenne spoke.", "Odile Varenne", "person:odile-varenne", "country:NLD"},
		// portfolios listed with commas
		{"Kenyan Minister for Culture, Sports and the Arts Otieno Mwangi spoke.", "Otieno Mwangi", "person:otieno-mwangi", "country:KEN"},
		// a name of the Phoenix dictionary keeps its actor after the portfolio
		{"Chinese Minister of Commerce Bo Xilai arrived on Monday.", "Bo Xilai", "person:bo-xilai", "country:CHN"},
	} {
		ms := document(NewResolver(g), c.text)
		var got *Mention
		for i := range ms {
			if ms[i].Text == c.mention {
				got = &ms[i]
			} else if ms[i].Kind != Country {
				t.Errorf("%q: extra mention %q %s", c.text, ms[i].Text, ms[i].ActorID)
			}
		}
		if got == nil {
			t.Errorf("%q: no mention %q in %s", c.text, c.mention, dump(ms))
			continue
		}
		if got.ActorID != c.id || got.Affiliation != c.affil {
			t.Errorf("%q: %q = %s affil %q, want %s affil %q", c.text, c.mention, got.ActorID, got.Affiliation, c.id, c.affil)
		}
	}
	ms := document(NewResolver(g), "The Minister of National Defense and Tomas Varga met on Monday.")
	for _, m := range ms {
		if m.Role != "" && m.Text == "Tomas Varga" {
			t.Errorf("a portfolio followed by \"and\" gave %q the role %q", m.Text, m.Role)
		}
	}
}
