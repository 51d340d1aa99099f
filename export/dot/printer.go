package dot

import (
	"fmt"
	"io"
)

// attr is one attribute; its value is written as a quoted DOT string.
type attr struct {
	key string
	val string // already escaped
}

// a makes an attribute from plain text, escaping it.
func a(key, val string) attr { return attr{key, Escape(val)} }

// al makes an attribute from an escaped label.
func al(key string, l label) attr { return attr{key, string(l)} }

// printer writes DOT text, keeping the first write error.
type printer struct {
	w      io.Writer
	err    error
	indent string
}

func (p *printer) printf(format string, args ...any) {
	if p.err != nil {
		return
	}
	_, p.err = fmt.Fprintf(p.w, format, args...)
}

func (p *printer) line(format string, args ...any) {
	p.printf(p.indent+format+"\n", args...)
}

func (p *printer) open(format string, args ...any) {
	p.line(format+" {", args...)
	p.indent += "\t"
}

func (p *printer) close() {
	p.indent = p.indent[:len(p.indent)-1]
	p.line("}")
}

func (p *printer) attrs(as []attr) string {
	if len(as) == 0 {
		return ""
	}
	s := " ["
	for i, at := range as {
		if i > 0 {
			s += ", "
		}
		s += at.key + "=\"" + at.val + "\""
	}
	return s + "]"
}

// defaults writes a "graph", "node" or "edge" default attribute statement.
func (p *printer) defaults(what string, as ...attr) {
	p.line("%s%s;", what, p.attrs(as))
}

func (p *printer) node(id string, as ...attr) {
	p.line("\"%s\"%s;", escapeID(id), p.attrs(as))
}

func (p *printer) edge(from, to string, as ...attr) {
	p.line("\"%s\" -> \"%s\"%s;", escapeID(from), escapeID(to), p.attrs(as))
}
