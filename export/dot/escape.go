package dot

import (
	"strings"
)

// Escape returns s as the inside of a DOT double-quoted string that
// Graphviz displays as s: quotes and backslashes are escaped, '&' becomes
// "&amp;" (Graphviz decodes HTML entities in labels), newlines become the
// "\n" line break and other control characters become spaces.
func Escape(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '&':
			b.WriteString("&amp;")
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			// dropped: "\r\n" is one line break
		case r < 0x20 || r == 0x7f || r == 0xfffd || notXML(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escapeID returns s as the inside of a quoted DOT identifier: quotes and
// backslashes are escaped (so that no backslash can escape the closing
// quote) and control characters replaced. Graphviz keeps an identifier's
// backslashes as written; every reference uses the same spelling.
func escapeID(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r < 0x20 || r == 0x7f || notXML(r):
			b.WriteByte('_')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// notXML reports whether r may not appear in an XML document (the SVG
// Graphviz writes from DOT): the noncharacters U+FFFE and U+FFFF, and
// those of every plane and U+FDD0..U+FDEF, which XML 1.0 discourages and
// some parsers reject. Control characters are handled by the callers.
func notXML(r rune) bool {
	return r&0xfffe == 0xfffe || r >= 0xfdd0 && r <= 0xfdef
}

// label is label text already escaped for a DOT string: lines joined by
// the "\n" escape.
type label string

// lines escapes each line and joins them with line breaks, skipping empty
// ones.
func lines(ls ...string) label {
	var parts []string
	for _, l := range ls {
		if l != "" {
			parts = append(parts, Escape(l))
		}
	}
	return label(strings.Join(parts, `\n`))
}
