package graphattr

import (
	"encoding/xml"
	"strings"
	"testing"
	"unicode/utf8"
)

// xmlChar reports whether XML 1.0 can hold r.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// FuzzEscapeXML checks that any text, escaped, parses back from both an
// attribute value and character data, with only the characters XML
// cannot hold replaced.
func FuzzEscapeXML(f *testing.F) {
	for _, s := range []string{"", "a\"b'c&<>", "line\nnext\r\n\ttab", "\x00\x1f\xff", "Zoë \uFFFE \U0001F600"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want strings.Builder
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if !xmlChar(r) || r == utf8.RuneError {
				r = utf8.RuneError
			}
			want.WriteRune(r)
		}
		e := EscapeXML(s)
		var doc struct {
			Attr string `xml:"v,attr"`
			Text string `xml:",chardata"`
		}
		if err := xml.Unmarshal([]byte(`<a v="`+e+`">`+e+`</a>`), &doc); err != nil {
			t.Fatalf("EscapeXML(%q) = %q does not parse: %v", s, e, err)
		}
		if doc.Attr != want.String() || doc.Text != want.String() {
			t.Errorf("EscapeXML(%q): attribute %q, text %q, want %q", s, doc.Attr, doc.Text, want.String())
		}
	})
}
