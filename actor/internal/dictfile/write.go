package dictfile

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Write writes d to w, after header (comment lines, '#' added).
func Write(w io.Writer, header string, d *Dict) error {
	bw := bufio.NewWriter(w)
	for _, l := range strings.Split(strings.TrimRight(header, "\n"), "\n") {
		if l == "" {
			bw.WriteString("#\n")
		} else {
			bw.WriteString("# " + l + "\n")
		}
	}
	for _, a := range d.Actors {
		fmt.Fprintf(bw, "A\t%s\t%s\t%s\t%s\n", a.ID, a.Kind, field(a.Name), field(a.Source))
		for _, s := range a.Aliases {
			fmt.Fprintf(bw, "=\t%s\n", field(s))
		}
		for _, r := range a.Roles {
			if r.Default {
				fmt.Fprintf(bw, "D\t%s\t%s\t%s\n", r.Code, dash(r.Country), dash(r.Sector))
			} else {
				fmt.Fprintf(bw, "R\t%s\t%s\t%s\t%s\t%s\n", r.Code, dash(r.Country), dash(r.Sector), date(r.From), date(r.To))
			}
		}
	}
	for _, a := range d.Agents {
		pos := "after"
		if a.Prefix {
			pos = "before"
		}
		fmt.Fprintf(bw, "G\t%s\t%s\t%s\t%s\t%s\t%s\n", a.ID, a.Code, dash(a.Sector), pos, field(a.Name), field(a.Source))
		for _, s := range a.Aliases {
			fmt.Fprintf(bw, "=\t%s\n", field(s))
		}
	}
	return bw.Flush()
}

// field makes s safe for a tab-separated field.
func field(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// date writes YYYYMMDD as YYYY-MM-DD, 0 as "..".
func date(d int) string {
	if d == 0 {
		return ".."
	}
	return fmt.Sprintf("%04d-%02d-%02d", d/10000, d/100%100, d%100)
}
