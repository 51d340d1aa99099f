package timeline

import "io"

// indentFlush is how many indented bytes an indenter holds before it
// writes them on: the output is written in pieces of about this size, so
// that no copy of the whole document is kept.
const indentFlush = 64 << 10

// indenter is an io.Writer that writes on to w the compact JSON written to
// it, as an encoding/json Encoder writes it (no white space outside
// strings but the newline after the value), indented by two spaces: the
// bytes json.Indent(dst, src, "", "  ") gives, empty objects and arrays
// kept as {} and [] and the final newline kept. encoding/json's indenter
// runs its validating scanner over every byte, a function call each, which
// took about four fifths of the time spent writing a build's timeline; the
// marshalled bytes need no validating, so this walk only tracks strings
// and depth. The compact JSON may come in any pieces: the state between
// two bytes is kept across writes. Flush writes what is held.
type indenter struct {
	w     io.Writer
	buf   []byte // indented bytes not yet written to w
	depth int
	open  bool // an object or array has just opened: indent before its first element
	str   bool // within a string
	esc   bool // within a string, right after a backslash
	err   error
}

// newIndenter returns an indenter writing to w.
func newIndenter(w io.Writer) *indenter {
	return &indenter{w: w, buf: make([]byte, 0, indentFlush+indentFlush/4)}
}

// Write indents p; it fails with the first error of w.
func (x *indenter) Write(p []byte) (int, error) {
	if x.err != nil {
		return 0, x.err
	}
	for i := 0; i < len(p); {
		if x.str {
			// the rest of the string, its escapes included: none of its
			// bytes is punctuation
			j := i
			for ; j < len(p) && x.str; j++ {
				switch {
				case x.esc:
					x.esc = false
				case p[j] == '\\':
					x.esc = true
				case p[j] == '"':
					x.str = false
				}
			}
			x.buf = append(x.buf, p[i:j]...)
			i = j
		} else {
			x.punct(p[i])
			i++
		}
		if len(x.buf) >= indentFlush {
			if err := x.Flush(); err != nil {
				return i, err
			}
		}
	}
	return len(p), nil
}

// punct indents the byte c, outside a string.
func (x *indenter) punct(c byte) {
	if x.open && c != '}' && c != ']' {
		x.open, x.depth = false, x.depth+1
		x.newline()
	}
	switch c {
	case '"':
		x.str = true
		x.buf = append(x.buf, c)
	case '{', '[':
		x.open = true
		x.buf = append(x.buf, c)
	case ',':
		x.buf = append(x.buf, c)
		x.newline()
	case ':':
		x.buf = append(x.buf, c, ' ')
	case '}', ']':
		if x.open {
			x.open = false // "{}", "[]"
		} else {
			x.depth--
			x.newline()
		}
		x.buf = append(x.buf, c)
	default:
		x.buf = append(x.buf, c)
	}
}

// newline appends a newline and the indent of the current depth.
func (x *indenter) newline() {
	x.buf = append(x.buf, '\n')
	for range x.depth {
		x.buf = append(x.buf, ' ', ' ')
	}
}

// Flush writes the indented bytes held to w.
func (x *indenter) Flush() error {
	if x.err == nil && len(x.buf) > 0 {
		_, x.err = x.w.Write(x.buf)
		x.buf = x.buf[:0]
	}
	return x.err
}
