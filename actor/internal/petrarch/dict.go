// Package petrarch reads the actor and agent dictionaries of the PETRARCH2
// event coder (the Phoenix dictionaries of the Open Event Data Alliance)
// and decodes their CAMEO actor codes. It serves the converter
// actor/cmd/phoenix; chronograph itself reads the converted files.
//
// An actor dictionary is a series of records:
//
//	PRIMARY_PHRASE  [CODE]  # comment
//	+SYNONYM_PHRASE
//		[CODE >YYMMDD]
//		[CODE <YYMMDD]
//		[CODE YYMMDD-YYMMDD]
//		[CODE]
//
// A code in brackets on the primary line, or a bracket without a date, is
// the default: it holds when no dated code does. A primary phrase that has
// no code of its own shares the codes of the next record (the reader
// PETRARCH2 ships does the same): such phrases are further names of that
// record's actor. Comments start with '#' or ';' or are XML comments.
package petrarch

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/diag"
)

// Phrase is one name of a record as written: "VLADIMIR_PUTIN_".
type Phrase struct {
	Text string
	Line int
}

// Code is one bracketed code of a record with its date restriction.
type Code struct {
	Code string // CAMEO actor code: "RUSGOV"; "---" is the null code
	// From and To bound the dates it holds on, as YYYYMMDD, both
	// inclusive; 0 leaves that end open. Both are 0 for a default code.
	From, To int
	Default  bool // undated: holds when no dated code does
	Line     int
}

// Record is one actor of a dictionary: its primary phrase first, then its
// synonyms, and its codes in file order.
type Record struct {
	Names   []Phrase
	Codes   []Code
	Comment string // the primary line's comment, trimmed: "CountryInfo.txt"
}

// maxLine is the longest line the readers accept.
const maxLine = 1 << 20

// ParseActors reads an actor dictionary named name (used in errors). It
// returns every good record, and a [diag.List] of what it skipped (each
// naming name:line) or nil.
func ParseActors(name string, r io.Reader) ([]Record, error) {
	var (
		out     []Record
		errs    diag.List
		cur     *Record // the record being read
		pending []Phrase
		pendCmt string
	)
	flush := func() {
		if cur == nil {
			return
		}
		if len(cur.Codes) == 0 {
			// no code yet: its names go to the next record
			pending = append(pending, cur.Names...)
			if pendCmt == "" {
				pendCmt = cur.Comment
			}
		} else {
			out = append(out, *cur)
		}
		cur = nil
	}
	err := eachLine(r, func(n int, line string) bool {
		if strings.Contains(line, "---STOP---") {
			return false
		}
		body, comment := cutComment(line)
		trimmed := strings.TrimSpace(body)
		if trimmed == "" {
			return true
		}
		switch {
		case trimmed[0] == '[':
			if cur == nil {
				errs.Add(name, n, "code before any actor")
				return true
			}
			cur.Codes = append(cur.Codes, parseCodes(name, n, trimmed, &errs)...)
		case trimmed[0] == '+':
			if cur == nil {
				errs.Add(name, n, "synonym before any actor")
				return true
			}
			if p, ok := phrase(name, n, trimmed[1:], &errs); ok {
				cur.Names = append(cur.Names, p)
			}
		default:
			flush()
			text, codes := trimmed, ""
			if i := strings.IndexByte(trimmed, '['); i >= 0 {
				text, codes = trimmed[:i], trimmed[i:]
			}
			p, ok := phrase(name, n, text, &errs)
			if !ok {
				return true
			}
			cur = &Record{Names: append(pending, p), Comment: strings.TrimSpace(comment)}
			if pendCmt != "" {
				cur.Comment = pendCmt
			}
			pending, pendCmt = nil, ""
			if codes != "" {
				cur.Codes = parseCodes(name, n, codes, &errs)
			}
		}
		return true
	})
	if err != nil {
		return nil, &diag.Error{File: name, Msg: err.Error()}
	}
	flush()
	for _, p := range pending {
		errs.Add(name, p.Line, fmt.Sprintf("actor %q has no code", p.Text))
	}
	return out, errs.Err()
}

// eachLine calls f with every line of r and its 1-based number, its end of
// line and invalid UTF-8 removed, until f returns false.
func eachLine(r io.Reader, f func(n int, line string) bool) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	comment := false // inside a multi-line XML comment
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if !utf8.ValidString(line) {
			line = strings.ToValidUTF8(line, "")
		}
		if comment {
			i := strings.Index(line, "-->")
			if i < 0 {
				continue
			}
			comment, line = false, line[i+3:]
		}
		for {
			i := strings.Index(line, "<!--")
			if i < 0 {
				break
			}
			j := strings.Index(line[i:], "-->")
			if j < 0 {
				comment, line = true, line[:i]
				break
			}
			line = line[:i] + line[i+j+3:]
		}
		if !f(n, line) {
			return nil
		}
	}
	return sc.Err()
}

// cutComment splits a line at its first '#' or ';'.
func cutComment(line string) (body, comment string) {
	if i := strings.IndexAny(line, "#;"); i >= 0 {
		return line[:i], line[i+1:]
	}
	return line, ""
}

// phrase checks the text of a name.
func phrase(name string, n int, text string, errs *diag.List) (Phrase, bool) {
	text = strings.TrimSpace(text)
	switch {
	case strings.Trim(text, "_ ") == "":
		errs.Add(name, n, "empty name")
		return Phrase{}, false
	case strings.Contains(text, ": "):
		// names join words with '_'; "Source: X" is prose left in the file
		errs.Add(name, n, fmt.Sprintf("%q is not a name", text))
		return Phrase{}, false
	}
	return Phrase{Text: text, Line: n}, true
}

// parseCodes reads the brackets of s: "[RUSGOV >080508] [ELI]". Text after
// the last bracket is ignored.
func parseCodes(name string, n int, s string, errs *diag.List) []Code {
	var out []Code
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			errs.Add(name, n, "missing ']'")
			return out
		}
		if c, err := parseCode(s[i+1 : i+j]); err != nil {
			errs.Add(name, n, err.Error())
		} else {
			c.Line = n
			out = append(out, c)
		}
		s = s[i+j+1:]
	}
}

// parseCode reads the inside of one bracket: "RUSGOV 991231-080507".
func parseCode(s string) (Code, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return Code{}, fmt.Errorf("empty code")
	}
	c := Code{Code: f[0]}
	if !validCode(c.Code) {
		return Code{}, fmt.Errorf("bad code %q", c.Code)
	}
	rest := strings.Join(f[1:], "")
	var err error
	switch {
	case rest == "":
		c.Default = true
	case rest[0] == '>':
		c.From, err = parseDate(rest[1:])
	case rest[0] == '<':
		c.To, err = parseDate(rest[1:])
	default:
		from, to, ok := strings.Cut(rest, "-")
		if !ok {
			return Code{}, fmt.Errorf("code %s: bad date restriction %q", c.Code, rest)
		}
		if c.From, err = parseDate(from); err == nil {
			c.To, err = parseDate(to)
		}
		if err == nil && c.To < c.From {
			err = fmt.Errorf("ends before it starts")
		}
	}
	if err != nil {
		return Code{}, fmt.Errorf("code %s: %v", c.Code, err)
	}
	return c, nil
}

// validCode reports whether s is a code: capital letters and digits, or the
// null code "---".
func validCode(s string) bool {
	if s == "---" {
		return true
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

// pivotYear is the last two-digit year read as 20YY: the dictionaries'
// own rule, "300101" is 2030 and "310101" is 1931.
const pivotYear = 30

// parseDate reads YYMMDD or YYYYMMDD and returns it as YYYYMMDD.
func parseDate(s string) (int, error) {
	if len(s) != 6 && len(s) != 8 {
		return 0, fmt.Errorf("bad date %q (want YYMMDD or YYYYMMDD)", s)
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("bad date %q (want YYMMDD or YYYYMMDD)", s)
		}
		v = v*10 + int(s[i]-'0')
	}
	if len(s) == 6 {
		if v/10000 <= pivotYear {
			v += 20000000
		} else {
			v += 19000000
		}
	}
	y, m, d := v/10000, v/100%100, v%100
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, fmt.Errorf("bad date %q", s)
	}
	return v, nil
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
