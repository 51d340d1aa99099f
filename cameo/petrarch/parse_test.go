package petrarch

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chronograph-news/chronograph/cameo"
)

// TestParseErrors checks the fatal errors, which name the file and line.
func TestParseErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# c\nRUSH\n", `d.txt:2: "RUSH" outside a verb block`},
		{"&FOOD\n+RICE\n- * AID [070]\n", `d.txt:3: "- * AID [070]" outside a verb block`},
		{"--- A [010] ---\nX\n\n--- A [020] ---\n", "d.txt:4: block A defined twice"},
		{"--- [010] ---\n", `d.txt:1: block header "--- [010] ---" has no name`},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.in), "d.txt")
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q: err %v, want %q", tt.in, err, tt.want)
		}
	}
}

// TestParseWarnings checks lines that are skipped or repaired with a
// warning naming the file and line.
func TestParseWarnings(t *testing.T) {
	in := "--- A [010] ---\nGO {WENT GONE} extra\n- * AID [07x]\n- * (TO (X)) [010]\n- AID [010]\n" +
		"- * {} [010]\n- * TO) [010]\n- * [0,1]\n- * @:x [010]\nRE_+ARREST\n&BAD LABEL\n+X\n"
	res, err := Parse(strings.NewReader(in), "d.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range res.Warnings {
		got = append(got, w.String())
	}
	want := []string{
		`d.txt:2: verb GO: words after it ignored: "extra"`,
		`d.txt:3: bad code "07x": line skipped`,
		`d.txt:4: pattern "* (TO (X))": ( inside ( or * in a prepositional phrase: skipped`,
		`d.txt:5: pattern "AID": no * for the verb: skipped`,
		`d.txt:6: pattern "* {}": empty {}: skipped`,
		`d.txt:7: pattern "* TO)": unmatched ): skipped`,
		`d.txt:8: bad code "0,1": line skipped`,
		`d.txt:9: pattern "* @:x": word "@:x": term "@:x": bad word "@:x": skipped`,
		`d.txt:10: verb RE_+ARREST: words before the verb are not supported: skipped`,
		`d.txt:11: bad synonym set label "&BAD LABEL": its members are skipped`,
	}
	if len(got) != len(want) {
		t.Fatalf("warnings:\n%s", strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("warning %d: %q, want %q…", i, got[i], want[i])
		}
	}
	if v := res.Dict.Lookup("go"); len(v) != 1 || !slices.Equal(v[0].Forms, []string{"went", "gone"}) || v[0].Code != "010" {
		t.Errorf("go: %+v", v)
	}
}

func TestRegular(t *testing.T) {
	tests := []struct {
		lemma, form string
		want        bool
	}{
		{"hurry", "hurries", true}, {"hurry", "hurried", true}, {"hurry", "hurrying", true},
		{"scrap", "scrapped", true}, {"scrap", "scrapping", true}, {"panic", "panicked", true},
		{"deter", "deterred", true}, {"close", "closing", true}, {"close", "closed", true},
		{"go", "goes", true}, {"speed", "sped", false}, {"bring", "brought", false},
		{"take", "taken", false}, {"see", "saw", false}, {"", "s", false},
	}
	for _, tt := range tests {
		if got := regular(tt.lemma, tt.form); got != tt.want {
			t.Errorf("regular(%q, %q) = %v", tt.lemma, tt.form, got)
		}
	}
}

func TestSplitVerb(t *testing.T) {
	tests := []struct {
		in, verb, after, err string
	}{
		{"RUSH", "RUSH", "", ""},
		{"+ASK_FOR", "ASK", "for", ""},
		{"+GET_HOLD_OF", "GET", "hold of", ""},
		{"CLEAR_UP", "CLEAR", "up", ""},
		{"+KILLED_AND_", "KILLED", "and", ""},
		{"WIRE_+TAP", "", "", "words before the verb are not supported"},
		{"+", "", "", "no verb"},
	}
	for _, tt := range tests {
		v, a, err := splitVerb(tt.in)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%s: err %v", tt.in, err)
			}
			continue
		}
		if err != nil || v != tt.verb || strings.Join(a, " ") != tt.after {
			t.Errorf("%s: %q %q %v", tt.in, v, a, err)
		}
	}
}

// FuzzParse runs the parser on random dictionaries: it must not panic, and
// what it accepts must write data files that load back to the same files.
func FuzzParse(f *testing.F) {
	if ex, err := os.ReadFile("../testdata/excerpt.txt"); err == nil {
		f.Add(string(ex))
	}
	f.Add("--- A [010:011] ---\n+CALL_OFF {+CALLED_OFF} [160]\nGO {WENT}\n- $ * (TO {&X Y}) [0311]\n")
	f.Add("&X_\n+A_B\n--- B ---\nB\n- * (IN/AT ^) (FROM +) [:173] # B\n~ x\n")
	f.Add("--- C [---]---\nC ;x\n- SPY_*_DEAL [080!]\n- *X [1]\n- * {A (B} [010]\n")
	f.Fuzz(func(t *testing.T, in string) {
		res, err := Parse(strings.NewReader(in), "f.txt")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.txt:") {
				t.Fatalf("error without file: %v", err)
			}
			return
		}
		d := res.Dict
		fsys := fstest.MapFS{}
		for name, write := range map[string]func(*bytes.Buffer) error{
			cameo.VerbsFile:    func(b *bytes.Buffer) error { return d.WriteVerbs(b) },
			cameo.PatternsFile: func(b *bytes.Buffer) error { return d.WritePatterns(b) },
			cameo.SetsFile:     func(b *bytes.Buffer) error { return d.WriteSets(b) },
		} {
			var b bytes.Buffer
			if err := write(&b); err != nil {
				t.Fatal(err)
			}
			fsys[name] = &fstest.MapFile{Data: b.Bytes()}
		}
		d2, err := cameo.ReadFS(fsys)
		if err != nil {
			t.Fatalf("written files do not load: %v\n%s", err, fsys[cameo.PatternsFile].Data)
		}
		var a, b bytes.Buffer
		d.WritePatterns(&a)
		d2.WritePatterns(&b)
		d.WriteVerbs(&a)
		d2.WriteVerbs(&b)
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatal("reloaded dictionary differs")
		}
		for _, l := range d.Lemmas() {
			d.Match(cameo.Clause{Verb: cameo.Word{Lemma: l}, Object: cameo.Phrase{Head: cameo.Word{Lemma: "y"}}})
		}
	})
}
