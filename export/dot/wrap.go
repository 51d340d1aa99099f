package dot

import (
	"strings"
	"unicode/utf8"
)

// Wrap breaks s into lines of at most width characters at spaces; a word
// longer than width is cut. Runs of white space (newlines included) count
// as one space. A width below 1 returns s on one line.
func Wrap(s string, width int) []string {
	words := strings.Fields(s)
	if width < 1 {
		return []string{strings.Join(words, " ")}
	}
	var out []string
	var cur strings.Builder
	n := 0 // characters in cur
	flush := func() {
		if n > 0 {
			out = append(out, cur.String())
			cur.Reset()
			n = 0
		}
	}
	for _, w := range words {
		wl := utf8.RuneCountInString(w)
		if n > 0 && n+1+wl > width {
			flush()
		}
		for wl > width { // cut a long word
			flush()
			cut := 0
			for i := range w {
				if cut == width {
					out = append(out, w[:i])
					w = w[i:]
					break
				}
				cut++
			}
			wl = utf8.RuneCountInString(w)
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(w)
		n += wl
	}
	flush()
	return out
}
