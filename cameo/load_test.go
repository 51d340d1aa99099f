package cameo

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/fstest"
)

// TestLoad checks the counts of the embedded dictionary (see the report of
// cmd/convert) and that every root category has patterns.
func TestLoad(t *testing.T) {
	d := dict(t)
	c := d.Counts()
	got := []int{c.Blocks, c.Verbs, c.MultiWord, c.Lemmas, c.Patterns, c.Sets, c.Members}
	want := []int{397, 1800, 129, 1671, 4505, 40, 556}
	for i, name := range []string{"blocks", "verb entries", "multi-word verbs", "lemmas", "patterns", "sets", "set members"} {
		if got[i] != want[i] {
			t.Errorf("%s: %d, want %d", name, got[i], want[i])
		}
	}
	perRoot := map[string]int{}
	for _, b := range d.Blocks() {
		for _, p := range b.Patterns {
			for _, c := range []Code{p.Code, p.Passive} {
				if r, ok := c.Root(); ok {
					perRoot[r.Code]++
				}
			}
		}
	}
	for _, r := range Roots() {
		if perRoot[r.Code] == 0 {
			t.Errorf("root %s (%s) has no pattern", r.Code, r.Name)
		}
	}
	if vs := d.Lookup("Rush"); len(vs) != 1 || vs[0].Block.Name != "ACCELERATE" || len(vs[0].Block.Patterns) != 12 {
		t.Errorf("rush: %+v", vs)
	}
	if ls := d.LemmaOf("BROUGHT"); len(ls) != 1 || ls[0] != "bring" {
		t.Errorf("brought: %v", ls)
	}
	if d.Set("currency") == nil || d.Set("nope") != nil {
		t.Error("Set")
	}
}

// TestRoundTrip checks that writing the loaded dictionary gives back the
// embedded files byte for byte: the loader keeps everything they say.
func TestRoundTrip(t *testing.T) {
	d := dict(t)
	for name, write := range map[string]func(io.Writer) error{
		VerbsFile: d.WriteVerbs, PatternsFile: d.WritePatterns, SetsFile: d.WriteSets,
	} {
		want, err := data.ReadFile("data/" + name)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := write(&got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s does not round-trip", name)
		}
	}
}

// TestReadErrors checks that the loader's errors name the file and line.
func TestReadErrors(t *testing.T) {
	const (
		sets     = "set\tmember\nfood\tbread\n"
		verbs    = "# c\nlemma\tafter\tblock\tcode\tpassive\tforms\tline\nrush\t\tRUSH\t---\t\t\t7\n"
		patterns = "block\tcode\tpassive\tpattern\tverb\tline\nRUSH\t073\t\t* &food\trush\t9\n"
	)
	files := func(s, v, p string) fstest.MapFS {
		return fstest.MapFS{SetsFile: {Data: []byte(s)}, VerbsFile: {Data: []byte(v)}, PatternsFile: {Data: []byte(p)}}
	}
	if _, err := ReadFS(files(sets, verbs, patterns)); err != nil {
		t.Fatalf("good files: %v", err)
	}
	tests := []struct {
		fs   fstest.MapFS
		want string
	}{
		{files(sets, verbs, patterns+"RUSH\t073\t\t* &drink\trush\t10\n"), "patterns.tsv:3: undefined set &drink"},
		{files(sets, verbs, patterns+"RUSH\t999\t\t* aid\t\t10\n"), `patterns.tsv:3: bad code "999"`},
		{files(sets, verbs, patterns+"RUSH\t073\t\t* aid\n"), "patterns.tsv:3: 4 cells, want 6"},
		{files(sets, verbs, patterns+"HURRY\t073\t\t* aid\t\t10\n"), `patterns.tsv:3: block "HURRY" has no verb`},
		{files(sets, verbs, patterns+"RUSH\t073\t\t* to:(border)\t\t10\n"), "patterns.tsv:3: pattern"},
		{files(sets, verbs+"Rush\t\tRUSH\t---\t\t\t8\n", patterns), `verbs.tsv:4: bad word "Rush"`},
		{files(sets, verbs+"rush\t\tRUSH\t010\t\t\tx\n", patterns), `verbs.tsv:4: bad line number "x"`},
		{files(sets, "lemma\tblock\n", patterns), "verbs.tsv:1: want the column row"},
		{files(sets+"food\tbad_bread\n", verbs, patterns), `sets.tsv:3: bad word "bad_bread"`},
		{files("", verbs, patterns), "sets.tsv:0: no column row"},
	}
	for _, tt := range tests {
		_, err := ReadFS(tt.fs)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("err %v, want %q", err, tt.want)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	d := dict(b)
	c := Clause{Verb: w("ask"), Subject: np("minister", "foreign"), Object: np("aid", "military"),
		Preps: []Prep{pp("for", np("help")), pp("from", np("Russia"))}}
	for b.Loop() {
		d.Match(c)
	}
}
