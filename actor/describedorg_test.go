package actor

import (
	"strings"
	"testing"
)

// TestDescribedOrg: the capitalized name right after a common noun for a
// company ("energy group Veltarix", "the steel firm MKR Korvan") is an
// organization, and the document's later bare "Veltarix", "MKR Korvan" or
// "Korvan" (the last word of a two-word name) is that organization; a
// month after such a noun is no name, nor is a person after a hyphenated
// trade ("bomb-maker").
func TestDescribedOrg(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Shares of Hungarian energy group Veltarix rose on Monday. Later, Veltarix said it would buy a refinery from the steel firm MKR Korvan. " +
		"The sale gives MKR Korvan cash, and Korvan a partner. The group May said nothing. Software maker Quellit fell, and bottom club Dunmore lost. " +
		"The bomb-maker Zorvan Telbiko fled."
	ms := document(NewResolver(g), text)
	want := map[string]string{"Veltarix": "org:veltarix", "MKR Korvan": "org:mkr-korvan", "Korvan": "org:mkr-korvan", "Quellit": "org:quellit", "Dunmore": "org:dunmore"}
	seen := map[string]int{}
	for _, m := range ms {
		if id, ok := want[m.Text]; ok {
			seen[m.Text]++
			if m.ActorID != id {
				t.Errorf("%q = %s, want %s", m.Text, m.ActorID, id)
			}
		}
		if m.Text == "May" || m.Text == "Zorvan Telbiko" && m.Kind == Organization {
			t.Errorf("%q is no organization: %s", m.Text, m.ActorID)
		}
	}
	for name, n := range map[string]int{"Veltarix": 2, "MKR Korvan": 2, "Korvan": 1, "Quellit": 1, "Dunmore": 1} {
		if seen[name] != n {
			t.Errorf("%q: %d mentions, want %d in %s", name, seen[name], n, dump(ms))
		}
	}
}

// TestClubAndCompanyHeads: a capitalized run ending in a club's or a
// company's name word ("Athletic", "United", "Securities", "Plc") is an
// organization even when the name finder is not asked.
func TestClubAndCompanyHeads(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Dunmore Athletic beat Quellit United on Saturday. Analysts at Korvan Securities agreed, and Telbiko Plc said nothing."
	ms := document(NewResolver(g), text)
	checkNamed(t, ms, map[string]string{"Dunmore Athletic": "org:dunmore-athletic", "Quellit United": "org:quellit-united",
		"Korvan Securities": "org:korvan-securities", "Telbiko Plc": "org:telbiko-plc"})
}

// checkNamed checks that each text of want is mentioned in ms, and always
// as the actor want gives it.
func checkNamed(t *testing.T, ms []Mention, want map[string]string) {
	t.Helper()
	seen := map[string]bool{}
	for _, m := range ms {
		if id, ok := want[m.Text]; ok {
			seen[m.Text] = true
			if m.ActorID != id {
				t.Errorf("%q = %s, want %s", m.Text, m.ActorID, id)
			}
		}
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("%q: no mention in %s", name, dump(ms))
		}
	}
}

// TestPluralHeads: a run ending in a plural that ends parties' and armed
// groups' names is an organization ("the Quellit Brigades", "the Liberal
// Korvan Democrats"), but not in a headline written in capitals.
func TestPluralHeads(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "The Quellit Brigades vowed revenge. The Liberal Korvan Democrats won four seats.\nDEMOCRATS TAKE NEW SEATS\nThe Dunmore Tigers attacked a base."
	ms := document(NewResolver(g), text)
	want := map[string]string{"Quellit Brigades": "org:quellit-brigades", "Liberal Korvan Democrats": "org:liberal-korvan-democrats", "Dunmore Tigers": "org:dunmore-tigers"}
	checkNamed(t, ms, want)
	for _, m := range ms {
		if strings.Contains(m.Text, "TAKE") {
			t.Errorf("%q is a headline, not a name: %s", m.Text, m.ActorID)
		}
	}
}

// TestNamesakeOrg checks namesakeOrg on made-up text: a country's name
// right before a known organization of another country names an
// organization of the first country, not the known one; the known
// organization keeps its name after its own country's possessive.
func TestNamesakeOrg(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"another country's namesake", "Rebels ambushed the Chad People's Liberation Army near the border on Monday.",
			[]want{{Text: "Chad People's Liberation Army", ID: "org:tcd-chad-people-s-liberation-army", Affil: "country:TCD"}}, []string{"People's Liberation Army"}},
		{"its own country's possessive", "China's People's Liberation Army held drills on Monday.",
			[]want{{Text: "People's Liberation Army", ID: "org:pla"}}, nil},
	})
}

// TestPlaceTeam checks placeTeam on made-up text: a known city's name
// and a capitalized plural right after it name a team or a paper, not the
// city; a name of a meeting after a city stays the city's.
func TestPlaceTeam(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"a team", "The New York Knicks lost to the visitors on Monday.",
			[]want{{Text: "New York Knicks", ID: "org:new-york-knicks"}}, []string{"New York"}},
		{"a meeting is no team", "Leaders met at the Beijing Summit on Monday.",
			nil, []string{"Beijing Summit"}},
		{"a weekday is no name", "The minister arrived in New York Monday.",
			nil, []string{"New York Monday"}},
	})
}

// TestParticleNames checks particleEnd on made-up text: a surname's
// lower-case particle after a title or a known given name stays in the
// person's name.
func TestParticleNames(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"after a title", "Foreign Minister Anatole de Vernay denounced the plan on Monday.",
			[]want{{Text: "Anatole de Vernay", ID: "person:anatole-de-vernay"}}, []string{"Anatole"}},
		{"after a given name", "The talks were chaired by Peter van Rijswijk on Monday.",
			[]want{{Text: "Peter van Rijswijk", ID: "person:peter-van-rijswijk"}}, []string{"Peter"}},
	})
}
