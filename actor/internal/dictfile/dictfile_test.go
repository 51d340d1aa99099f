package dictfile

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/diag"
)

func TestRoundTrip(t *testing.T) {
	d := &Dict{
		Actors: []Actor{{ID: "person:a", Kind: "person", Name: "A B", Aliases: []string{"B"}, Source: "x:1", Roles: []Role{
			{Code: "RUSGOV", Country: "RUS", Sector: "GOV", From: 19991231, To: 20080507},
			{Code: "RUSGOV", Country: "RUS", Sector: "GOV", From: 20080508},
			{Code: "ELI", Sector: "ELI", Default: true},
		}}},
		Agents: []Agent{{ID: "agent:ngo-org", Name: "ngo", Aliases: []string{"human rights body"}, Code: "NGO", Sector: "NGO", Prefix: true, Source: "y:2"}},
	}
	var buf bytes.Buffer
	if err := Write(&buf, "header\n\nmore", d); err != nil {
		t.Fatal(err)
	}
	got, err := Read("rt", &buf)
	if err != nil {
		t.Fatal(err)
	}
	got.Actors[0].Line, got.Agents[0].Line = 0, 0
	if !reflect.DeepEqual(got, d) {
		t.Errorf("got  %+v\nwant %+v", got, d)
	}
}

func TestReadErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"=\tx\n", "f:1: alias before any actor"},
		{"R\tX\t-\t-\t2001-01-01\t..\n", "f:1: role before any actor"},
		{"A\tp:a\tperson\tA\tx\nR\tX\t-\t-\t..\t..\n", "f:2: a dated role needs a date"},
		{"A\tp:a\tperson\tA\tx\nR\tX\t-\t-\t2001-13-01\t..\n", `f:2: bad date "2001-13-01"`},
		{"A\tp:a\tperson\tA\tx\nR\tX\t-\t-\t2002-01-01\t2001-01-01\n", "f:2: role ends before it starts"},
		{"A\tp:a\n", "f:1: want A, id, kind, name, source"},
		{"Q\n", `f:1: unknown line kind "Q"`},
	} {
		_, err := Read("f", strings.NewReader(c.in))
		l, ok := err.(diag.List)
		if !ok || len(l) != 1 || l[0].Error() != c.want {
			t.Errorf("%q: got %v, want %s", c.in, err, c.want)
		}
	}
}

// FuzzRead checks that Read never panics and that its errors name a line
// of the input.
func FuzzRead(f *testing.F) {
	f.Add("A\tp:a\tperson\tA\tx:1\n=\tB\nR\tRUSGOV\tRUS\tGOV\t2001-01-01\t..\nD\tELI\t-\tELI\nG\tagent:cop\tCOP\tCOP\tafter\tpolice\ty:1\n")
	f.Fuzz(func(t *testing.T, in string) {
		lines := strings.Count(in, "\n") + 1
		_, err := Read("f", strings.NewReader(in))
		if l, ok := err.(diag.List); ok {
			for _, e := range l {
				if e.Line < 1 || e.Line > lines {
					t.Fatalf("%v names no line of the input", e)
				}
			}
		} else if err != nil {
			t.Fatalf("error %v is not a diag.List", err)
		}
	})
}
