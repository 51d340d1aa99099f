package dot

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/export/svg"
)

var tricky = []string{
	"", `"`, `\`, `\\`, `a\`, `\"`, `"\`, "line\nbreak", "\r\n", `\n`, `\N \G \L`, "</script>", "&amp;", "&#92;n",
	"Zoë Müller", "\x00\x01\x7f", "\xff\xfe", "{ } ; -> [ ] =", "-- comment", "\"; evil [label=\"x\"]; \"",
}

// FuzzEscape renders a node whose id and label are arbitrary text: the
// graph must parse as written, with exactly the one node, whatever the
// text holds.
func FuzzEscape(f *testing.F) {
	for _, s := range tricky {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		src := "digraph {\n\"" + escapeID(s) + "\" [label=\"" + Escape(s) + "\", tooltip=\"" + Escape(s) + "\"];\n}\n"
		var out bytes.Buffer
		if err := svg.Render(&out, []byte(src), svg.Dot); err != nil {
			t.Fatalf("%q: %v\n%s", s, err, src)
		}
		if n := strings.Count(out.String(), `class="node"`); n != 1 {
			t.Fatalf("%q: %d nodes in the SVG, want 1\n%s", s, n, src)
		}
		if strings.ContainsAny(Escape(s), "\n\r") || strings.ContainsAny(escapeID(s), "\n\r") {
			t.Fatalf("%q: raw line break in escaped text", s)
		}
	})
}

func TestEscape(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`say "hi"`, `say \"hi\"`},
		{`a\b`, `a\\b`},
		{`end\`, `end\\`},
		{"two\nlines", `two\nlines`},
		{"crlf\r\nx", `crlf\nx`},
		{"tab\there", "tab here"},
		{"&amp;", "&amp;amp;"},
		{"Zoë", "Zoë"},
		// noncharacters would make the SVG invalid XML
		{"a\uffffb\ufffec\U0010ffffd\ufdd0e", "a b c d e"},
	} {
		if got := Escape(c.in); got != c.want {
			t.Errorf("Escape(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{`a"b`, `a\"b`}, {`a\`, `a\\`}, {"a\nb", "a_b"}, {"a\uffffb", "a_b"},
	} {
		if got := escapeID(c.in); got != c.want {
			t.Errorf("escapeID(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzWrap checks Wrap's promises: no line over the width, no word lost.
func FuzzWrap(f *testing.F) {
	f.Add("Atlantis deploys troops to Lemuria after talks in the capital", 30)
	f.Add("Supercalifragilisticexpialidocious word", 10)
	f.Add("  spaced \n\t out  ", 3)
	f.Fuzz(func(t *testing.T, s string, width int) {
		if width < 1 || width > 200 || !utf8.ValidString(s) {
			return
		}
		lines := Wrap(s, width)
		for _, l := range lines {
			if n := utf8.RuneCountInString(l); n > width || n == 0 {
				t.Fatalf("Wrap(%q, %d): line %q has %d characters", s, width, l, n)
			}
		}
		if got, want := strings.Join(strings.Fields(strings.Join(lines, "")), ""), strings.Join(strings.Fields(s), ""); got != want {
			t.Fatalf("Wrap(%q, %d) = %q loses text", s, width, lines)
		}
	})
}

func TestWrap(t *testing.T) {
	for _, c := range []struct {
		in    string
		width int
		want  []string
	}{
		{"Atlantis deploys troops to Lemuria", 30, []string{"Atlantis deploys troops to", "Lemuria"}},
		{"short", 30, []string{"short"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"a  b\nc", 30, []string{"a b c"}},
		{"", 30, nil},
		{"Zoë Müller Zoë", 10, []string{"Zoë Müller", "Zoë"}},
	} {
		got := Wrap(c.in, c.width)
		if strings.Join(got, "|") != strings.Join(c.want, "|") || len(got) != len(c.want) {
			t.Errorf("Wrap(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
	}
}
