package actor

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func defaultGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestDefaultGazetteer(t *testing.T) {
	g := defaultGazetteer(t)
	for _, c := range []struct{ name, id string }{
		{"North Korea", "country:PRK"},
		{"DPRK", "country:PRK"},
		{"Democratic People's Republic of Korea", "country:PRK"}, // the library's name
		{"U.S.", "country:USA"},
		{"Iran", "country:IRN"}, // the library's name before its parenthesis
		{"Kiev", "place:kyiv"},
		{"Pyongyang", "place:pyongyang"}, // a capital from the library
		{"Tass", "org:tass"},
		{"Kim Jong-un", "person:kim-jong-un"},
		{"Sergey Lavrov", "person:sergey-lavrov"},
		{"NATO", "org:nato"},
	} {
		ids := g.Find(c.name)
		if len(ids) == 0 || ids[0] != c.id {
			t.Errorf("Find(%q) = %v, want %s first", c.name, ids, c.id)
		}
	}
	if e, ok := g.Lookup("place:pyongyang"); !ok || e.Affiliation != "country:PRK" {
		t.Errorf("Lookup(place:pyongyang) = %+v, %v; want affiliated with country:PRK", e, ok)
	}
	if g.Len() < 300 {
		t.Errorf("Len() = %d, want the world's states and more", g.Len())
	}
}

func TestLoadGazetteerUserEntries(t *testing.T) {
	user := `
- id: person:jane-roe
  name: Jane Roe
  kind: person
  aliases: [J. Roe]
  roles: [Mayor]
  affiliation: country:GBR
- id: person:sergey-lavrov
  aliases: [S. V. Lavrov]
`
	g, err := LoadGazetteer(strings.NewReader(user))
	if err != nil {
		t.Fatal(err)
	}
	if ids := g.Find("J. Roe"); len(ids) != 1 || ids[0] != "person:jane-roe" {
		t.Errorf("Find(J. Roe) = %v", ids)
	}
	e, _ := g.Lookup("person:sergey-lavrov")
	if e.Name != "Sergey Lavrov" || !containsString(e.Aliases, "S. V. Lavrov") || !containsString(e.Aliases, "Lavrov") {
		t.Errorf("merged Lavrov = %+v, want built-in name and aliases plus the user's", e)
	}
}

func TestLoadGazetteerErrorsNameFileAndLine(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.yaml")
	bad := "- id: person:a\n  name: A\n  kind: person\n- id: noslug\n  name: B\n- id: person:c\n  kind: robot\n- id: person:new\n  name: New\n"
	if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, err = LoadGazetteer(f)
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 3 {
		t.Fatalf("err = %v, want three errors", err)
	}
	if list[0].File != path || list[0].Line != 4 || list[1].Line != 6 || list[2].Line != 8 {
		t.Errorf("errors = %v, want %s lines 4, 6 and 8", list, path)
	}
	if !strings.Contains(list[1].Error(), "robot") {
		t.Errorf("error %q does not name the bad kind", list[1])
	}
}

func TestParseEntries(t *testing.T) {
	for _, c := range []struct {
		name, in string
		n        int    // valid entries
		errLine  int    // line of the first error, 0 for none
		errText  string // in the error
	}{
		{"empty", "", 0, 0, ""},
		{"one", "- id: org:x\n  name: X\n  kind: org\n", 1, 0, ""},
		{"not a list", "id: org:x\n", 0, 1, "list"},
		{"syntax", "- id: [\n", 0, 1, ""},
		{"no id", "- name: X\n  kind: person\n", 0, 1, "no id"},
		{"bad id", "- id: x\n  kind: person\n", 0, 1, "kind:slug"},
		{"id with a space", "- id: person:jane doe\n  name: Jane Doe\n  kind: person\n", 0, 1, "kind:slug"},
		{"id with a capital kind", "- id: Person:jane\n  name: Jane\n  kind: person\n", 0, 1, "kind:slug"},
		{"duplicate", "- {id: person:a, kind: person}\n- {id: person:a, kind: person}\n", 1, 2, "duplicate"},
		{"wrong type", "- id: person:a\n  kind: person\n  aliases: 3\n", 0, 1, ""},
		{"empty alias", "- {id: person:a, kind: person, aliases: ['']}\n", 0, 1, "empty alias"},
	} {
		es, err := ParseEntries("f.yaml", strings.NewReader(c.in))
		if len(es) != c.n {
			t.Errorf("%s: %d entries, want %d", c.name, len(es), c.n)
		}
		if c.errLine == 0 {
			if err != nil {
				t.Errorf("%s: unexpected error %v", c.name, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		if !strings.HasPrefix(err.Error(), "f.yaml:") || !strings.Contains(err.Error(), c.errText) {
			t.Errorf("%s: error %q, want f.yaml:%d ... %q", c.name, err, c.errLine, c.errText)
		}
		var list ErrorList
		var one *Error
		switch {
		case errors.As(err, &list):
			one = list[0]
		case errors.As(err, &one):
		}
		if one == nil || one.Line != c.errLine {
			t.Errorf("%s: error %v, want line %d", c.name, err, c.errLine)
		}
	}
}

func FuzzParseEntries(f *testing.F) {
	f.Add("- id: org:x\n  name: X\n  kind: org\n  aliases: [Y]\n")
	f.Add("- {id: person:a, kind: person}\n- {id: person:a}\n")
	f.Add("id: [")
	f.Fuzz(func(t *testing.T, in string) {
		es, err := ParseEntries("fuzz.yaml", strings.NewReader(in))
		for _, e := range es {
			if e.ID == "" || e.Line == 0 {
				t.Fatalf("invalid entry returned: %+v", e)
			}
		}
		if err != nil && !strings.HasPrefix(err.Error(), "fuzz.yaml") {
			t.Fatalf("error %q does not name the file", err)
		}
	})
}

// TestCapital checks that capitals are told from states and other places.
func TestCapital(t *testing.T) {
	g := defaultGazetteer(t)
	for name, want := range map[string]bool{"Helsinki": true, "Beirut": true, "Finland": false, "Lebanon": false, "Kursk": false, "Finnish": false} {
		if got := g.Capital(name); got != want {
			t.Errorf("Capital(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestFormerNames checks that a state's former name and its demonym
// ("Zaire", "Zairean") name the state of today, not a place of no country.
func TestFormerNames(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"former name", "Zaire closed its border on Monday.",
			[]want{{Text: "Zaire", ID: "country:COD"}}, nil},
		{"former demonym", "The Zairean government closed the border on Monday.",
			[]want{{Text: "Zairean", ID: "country:COD"}}, nil},
	})
}

// TestSmallStateDemonyms checks that the demonyms of states the library
// names without one ("Mauritian", "Liberian", two-word "Sierra Leonean")
// name the state, so a delegation or the police they qualify act for it.
func TestSmallStateDemonyms(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"one word", "The Mauritian delegation closed the border on Monday.",
			[]want{{Text: "Mauritian", ID: "country:MUS"}}, nil},
		{"another state", "The Liberian government closed the border on Monday.",
			[]want{{Text: "Liberian", ID: "country:LBR"}}, nil},
		{"two words", "The Sierra Leonean government closed the border on Monday.",
			[]want{{Text: "Sierra Leonean", ID: "country:SLE"}}, nil},
	})
}
