package timeline

// appendIndented appends to dst the compact JSON src, as an
// encoding/json Encoder writes it (no white space outside strings but
// the newline after the value), indented by two spaces: the bytes
// json.Indent(dst, src, "", "  ") gives, empty objects and arrays kept as
// {} and [] and the final newline kept. encoding/json's indenter runs
// its validating scanner over every byte, a function call each, which
// took about four fifths of the time spent writing a build's timeline;
// the marshalled bytes need no validating, so this walk only tracks
// strings and depth.
func appendIndented(dst, src []byte) []byte {
	depth := 0
	open := false // an object or array has just opened: indent before its first element
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '"' {
			// the string whole, its escapes included: none of its bytes
			// is punctuation
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(src))
			if open {
				open, depth = false, depth+1
				dst = appendNewline(dst, depth)
			}
			dst = append(dst, src[i:j]...)
			i = j - 1
			continue
		}
		if open && c != '}' && c != ']' {
			open, depth = false, depth+1
			dst = appendNewline(dst, depth)
		}
		switch c {
		case '{', '[':
			open = true
			dst = append(dst, c)
		case ',':
			dst = appendNewline(append(dst, c), depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if open {
				open = false // "{}", "[]"
			} else {
				depth--
				dst = appendNewline(dst, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// appendNewline appends a newline and the indent of depth levels.
func appendNewline(dst []byte, depth int) []byte {
	dst = append(dst, '\n')
	for range depth {
		dst = append(dst, ' ', ' ')
	}
	return dst
}
