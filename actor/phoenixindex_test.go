package actor

import (
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/token"
)

// documentOn resolves text written on date (YYYY-MM-DD, "" for none).
func documentOn(t *testing.T, r *Resolver, text, date string) []Mention {
	t.Helper()
	var d time.Time
	if date != "" {
		var err error
		if d, err = time.Parse(time.DateOnly, date); err != nil {
			t.Fatal(err)
		}
	}
	toks := token.Tokenize(text)
	return r.DocumentOn(text, toks, token.Sentences(text, toks), d)
}

// TestPhoenixInText checks the names of the Phoenix dictionary in running
// text: its people and organizations, dated as of the document's date, the
// gazetteer winning where both know a name, and the generic agents of a
// country.
func TestPhoenixInText(t *testing.T) {
	g := defaultGazetteer(t)
	type ment struct {
		text, id, affil, sector string
	}
	for _, c := range []struct {
		name, text, date string
		want             []ment
		absent           []string // texts that must not be mentions
	}{
		{"a person Phoenix knows, in office", "Viktor Chernomyrdin met the delegation.", "1997-04-02",
			[]ment{{"Viktor Chernomyrdin", "person:viktor-chernomyrdin", "country:RUS", "GOV"}}, nil},
		{"the same person before office", "Viktor Chernomyrdin met the delegation.", "1990-01-01",
			[]ment{{"Viktor Chernomyrdin", "person:viktor-chernomyrdin", "country:RUS", "ELI"}}, nil},
		{"an armed group", "Abu Sayyaf claimed the bombing.", "2005-01-01",
			[]ment{{"Abu Sayyaf", "org:abu-sayyaf", "", "IMG"}}, nil},
		{"the gazetteer's actor wins, dated by Phoenix", "Vladimir Putin spoke.", "2005-06-01",
			[]ment{{"Vladimir Putin", "person:vladimir-putin", "country:RUS", "GOV"}}, nil},
		{"a title keeps its role", "President Vladimir Putin spoke.", "2005-06-01",
			[]ment{{"Vladimir Putin", "person:vladimir-putin", "", "GOV"}}, nil},
		{"a demonym's agent", "Israeli police detained two settlers.", "1997-04-09",
			[]ment{{"Israeli police", "agent:ISR:police", "country:ISR", "COP"}}, nil},
		{"a demonym's armed men of no state", "Pakistani militants attacked a checkpoint.", "",
			[]ment{{"Pakistani militants", "agent:PAK:unaffiliated-armed-forces", "country:PAK", "UAF"}}, nil},
		{"fighters under a demonym stay the state (state_armed)", "North Korean fighters crossed the border.", "",
			[]ment{{"North Korean", "country:PRK", "", ""}}, nil},
		{"a possessive's agent", "Israel's troops withdrew.", "",
			[]ment{{"Israel's troops", "agent:ISR:military", "country:ISR", "MIL"}}, nil},
		{"a country name's agent", "U.S. troops left Iraq.", "",
			[]ment{{"U.S. troops", "agent:USA:military", "country:USA", "MIL"}}, nil},
		{"a verb after a country name", "North Korea outlaws dissent.", "",
			[]ment{{"North Korea", "country:PRK", "", ""}}, []string{"North Korea outlaws"}},
		{"a body's name is no agent", "The U.S. Navy sailed.", "",
			[]ment{{"U.S. Navy", "org:usa-navy", "", ""}}, nil},
		{"a title is no agent", "A top Russian security official met Kim Jong Un.", "",
			nil, []string{"Russian security official"}},
		{"police without a country are an agent of none", "Police detained two men.", "",
			[]ment{{"Police", "agent:-:police", "", "COP"}}, nil},
		{"a word the text writes in lower case", "Shell said the shell hit a house.", "",
			nil, []string{"Shell"}},
		{"a common word of the data file", "A small Falcon jet crashed.", "",
			nil, []string{"Falcon"}},
		{"an acronym spelt otherwise", "HK officials met.", "",
			nil, []string{"HK"}},
		{"part of an unknown name", "The head of the team, Ibrahim Hussein Adow, spoke.", "",
			nil, []string{"Hussein"}},
		{"a short form of a person not named in full", "Brown said the plan failed.", "",
			nil, []string{"Brown"}},
	} {
		ms := documentOn(t, NewResolver(g), c.text, c.date)
		for _, w := range c.want {
			var found *Mention
			for i := range ms {
				if ms[i].Text == w.text {
					found = &ms[i]
				}
			}
			if found == nil {
				t.Errorf("%s: no mention %q in %s", c.name, w.text, dump(ms))
				continue
			}
			if found.ActorID != w.id || w.affil != "" && found.Affiliation != w.affil || found.Sector != w.sector {
				t.Errorf("%s: %q = %s %s %s, want %s %s %s", c.name, w.text, found.ActorID, found.Affiliation, found.Sector, w.id, w.affil, w.sector)
			}
		}
		for _, a := range c.absent {
			for _, m := range ms {
				if m.Text == a || strings.HasPrefix(m.ActorID, "agent:") && strings.Contains(a, m.Text) {
					t.Errorf("%s: junk mention %q (%s)", c.name, m.Text, m.ActorID)
				}
			}
		}
	}
}

// TestPhoenixUserWins checks that a user's file that names an actor takes
// the name from Phoenix's actor.
func TestPhoenixUserWins(t *testing.T) {
	const user = "- id: org:sayyaf-band\n  name: Abu Sayyaf\n  kind: organization\n"
	g, err := LoadGazetteer(strings.NewReader(user))
	if err != nil {
		t.Fatal(err)
	}
	ms := documentOn(t, NewResolver(g), "Abu Sayyaf claimed the bombing.", "")
	if len(ms) != 1 || ms[0].ActorID != "org:sayyaf-band" {
		t.Errorf("mentions %s, want Abu Sayyaf as org:sayyaf-band", dump(ms))
	}
}
