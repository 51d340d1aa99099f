package actor

import (
	"strings"
	"testing"
)

// TestOfficeTitles: a member of parliament or an adviser named with the
// short title of the office before the name ("MP", "MEP", "legislator",
// "adviser", "aide", "staffer", "star", a secretary's under-secretary,
// assistant or deputy: "Undersecretary of State") is a person with
// that role, affiliated with the demonym before the title, and the title
// is not part of the name.
func TestOfficeTitles(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, mention, id, role, affil string
	}{
		{"Lebanese MP Farid Haddad was wounded on Monday.", "Farid Haddad", "person:farid-haddad", "MP", "country:LBN"},
		{"Opposition MP Rado Andria was detained.", "Rado Andria", "person:rado-andria", "MP", ""},
		{"German MEP Klaus Brenner criticised the plan.", "Klaus Brenner", "person:klaus-brenner", "MEP", "country:DEU"},
		{"Kenyan legislator Otieno Mwangi was arrested.", "Otieno Mwangi", "person:otieno-mwangi", "legislator", "country:KEN"},
		{"Chinese top adviser Wu Zhenhai met the delegation.", "Wu Zhenhai", "person:wu-zhenhai", "adviser", "country:CHN"},
		{"Senior presidential aide Tomas Varga resigned on Monday.", "Tomas Varga", "person:tomas-varga", "aide", ""},
		{"A statement by senate staffer Mira Loncar was read.", "Mira Loncar", "person:mira-loncar", "staffer", ""},
		{"Former film star Odile Varenne attacked the plan.", "Odile Varenne", "person:odile-varenne", "star", ""},
		{"The U.S. Undersecretary of State Tomas Varga arrived on Monday.", "Tomas Varga", "person:tomas-varga", "Undersecretary of State", "country:USA"},
		{"US Assistant Secretary of State Mira Loncar met the delegation.", "Mira Loncar", "person:mira-loncar", "Assistant Secretary of State", "country:USA"},
		{"Deputy Secretary Otieno Mwangi resigned.", "Otieno Mwangi", "person:otieno-mwangi", "Deputy Secretary", ""},
	} {
		ms := document(NewResolver(g), c.text)
		got := lastNamed(ms, c.mention)
		if got == nil {
			t.Errorf("%q: no mention %q in %s", c.text, c.mention, dump(ms))
			continue
		}
		if got.ActorID != c.id || got.Role != c.role || got.Affiliation != c.affil {
			t.Errorf("%q: %q = %s role %q affil %q, want %s role %q affil %q", c.text, c.mention,
				got.ActorID, got.Role, got.Affiliation, c.id, c.role, c.affil)
		}
	}
}

// TestOpeningLocative: a place after the preposition opening a sentence
// ("In Paris, ...") is where, as after a lower-case one ("police in Paris").
func TestOpeningLocative(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"In Paris the main index fell 2 percent on Monday.",
		"Stocks rose in Paris on Monday.",
	} {
		found := false
		for _, m := range document(NewResolver(g), text) {
			if m.Text == "Paris" {
				found = true
				if !m.Location {
					t.Errorf("%q: Paris = %s, not a location", text, m.ActorID)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention of Paris", text)
		}
	}
}

// TestArticleEndsName: "the" joins a name only after another connector
// ("Bank of the East"); right after a name it opens the next phrase ("in
// Frankfurt the Dax gained": Frankfurt; "Dax" alone is the index whose
// move the sentence tells, marketside.go).
func TestArticleEndsName(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Stocks fell in Paris, while in Frankfurt the Dax gained 0.04 percent."
	ms := document(NewResolver(g), text)
	found := false
	for _, m := range ms {
		if strings.Contains(m.Text, "Dax") && m.Text != "Dax" {
			t.Errorf("%q: mention %q spans the next phrase", text, m.Text)
		}
		found = found || m.Text == "Frankfurt"
	}
	if !found {
		t.Errorf("%q: no mention of Frankfurt in %s", text, dump(ms))
	}
}

// TestTitleQualifier: a capitalized word between a title and a lower-case
// title ("the chief Chechen negotiator") qualifies the second title: no
// person of that name; a name after the titles stays one.
func TestTitleQualifier(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, absent, present string }{
		{"The envoy was met by the chief Ingush negotiator on Monday.", "person:ingush", ""},
		{"The envoy was met by chief negotiator Ruslan Tagirov on Monday.", "", "person:ruslan-tagirov"},
	} {
		found := map[string]bool{}
		for _, m := range document(NewResolver(g), c.text) {
			found[m.ActorID] = true
		}
		if c.absent != "" && found[c.absent] {
			t.Errorf("%q: %s found, want none", c.text, c.absent)
		}
		if c.present != "" && !found[c.present] {
			t.Errorf("%q: no %s in %v", c.text, c.present, found)
		}
	}
}

// TestLongTitles checks that a title of several words that opens with a
// shorter title ("Judge Advocate General") is read whole: the name after
// it is the person, not the title's second word.
func TestLongTitles(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"judge advocate general", "Judge Advocate General Orin Pellam dismissed the charges on Monday.",
			[]want{{Text: "Orin Pellam", ID: "person:orin-pellam", Role: "Judge Advocate General"}}, []string{"Advocate"}},
	})
}
