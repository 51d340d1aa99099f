package document

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// textHeader is what precedes the body of a plain-text article.
type textHeader struct {
	Body   int // offset of the body in the data
	Origin Origin
	DCT    time.Time
	Title  string
	URL    string
	Source string
}

// parseTextHeader finds a " date YYYY-MM-DD " header or a YAML front-matter
// block at the start of data (after an optional byte-order mark). Problems
// are returned as errors with a line; the header is then still skipped
// when it is recognizable, so the body is never polluted with it.
func parseTextHeader(data []byte) (textHeader, []lineError) {
	var h textHeader
	h.Origin = None
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		h.Body = 3
	}
	rest := data[h.Body:]
	if bytes.HasPrefix(rest, []byte("---\n")) || bytes.HasPrefix(rest, []byte("---\r\n")) {
		return parseFrontMatter(data, h.Body)
	}
	return parseDateLine(data, h.Body)
}

// lineError is an error at a line of the input.
type lineError struct {
	line int
	msg  string
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

// dateShaped reports whether tok begins like an ISO date: four or more
// digits, a hyphen, one or two digits, a hyphen and a digit.
func dateShaped(tok string) bool {
	i := 0
	for i < len(tok) && tok[i] >= '0' && tok[i] <= '9' {
		i++
	}
	if i < 4 || i >= len(tok) || tok[i] != '-' {
		return false
	}
	j := i + 1
	for j < len(tok) && tok[j] >= '0' && tok[j] <= '9' {
		j++
	}
	return j-i-1 >= 1 && j-i-1 <= 2 && j+1 < len(tok) && tok[j] == '-' && tok[j+1] >= '0' && tok[j+1] <= '9'
}

// parseDateLine recognizes `[blanks]date[:] YYYY-MM-DD[T...]` followed by
// blanks or the end of the line. The body starts after the blanks that
// follow the date (and after the line break when the date ends the line).
func parseDateLine(data []byte, start int) (textHeader, []lineError) {
	h := textHeader{Body: start, Origin: None}
	i := start
	for i < len(data) && isBlank(data[i]) {
		i++
	}
	if len(data)-i < 5 || !strings.EqualFold(string(data[i:i+4]), "date") {
		return h, nil
	}
	i += 4
	if i < len(data) && data[i] == ':' {
		i++
	}
	j := i
	for j < len(data) && isBlank(data[j]) {
		j++
	}
	if j == i || j >= len(data) || data[j] < '0' || data[j] > '9' {
		return h, nil // "date" is the first word of the text
	}
	k := j
	for k < len(data) && !isBlank(data[k]) && data[k] != '\n' && data[k] != '\r' {
		k++
	}
	tok := string(data[j:k])
	// Only a token shaped like a date starts a header: "Date 12 of the
	// trial" does not; "99999-01-01" does, and is reported as a bad date.
	if !dateShaped(tok) {
		return h, nil
	}
	for k < len(data) && isBlank(data[k]) {
		k++
	}
	if bytes.HasPrefix(data[k:], []byte("\r\n")) {
		k += 2
	} else if k < len(data) && data[k] == '\n' {
		k++
	}
	h.Body = k
	t, err := ParseDate(tok)
	if err != nil {
		return h, []lineError{{1, "header: " + err.Error()}}
	}
	h.DCT, h.Origin = t, Header
	return h, nil
}

// frontMatter is the YAML block's fields; others are ignored.
type frontMatter struct {
	Date   string `yaml:"date"`
	Title  string `yaml:"title"`
	URL    string `yaml:"url"`
	Source string `yaml:"source"`
}

// parseFrontMatter reads a block that starts with a "---" line at start and
// ends with a "---" or "..." line.
func parseFrontMatter(data []byte, start int) (textHeader, []lineError) {
	h := textHeader{Body: start, Origin: None}
	first := bytes.IndexByte(data[start:], '\n') + start + 1
	pos, line := first, 2
	for pos <= len(data) {
		end := bytes.IndexByte(data[pos:], '\n')
		next := len(data) + 1
		lineText := data[pos:]
		if end >= 0 {
			lineText, next = data[pos:pos+end], pos+end+1
		}
		l := string(bytes.TrimRight(lineText, " \t\r"))
		if l == "---" || l == "..." {
			h.Body = min(next, len(data))
			return fillFrontMatter(h, data[first:pos])
		}
		if end < 0 {
			break
		}
		pos, line = next, line+1
	}
	return h, []lineError{{1, "front matter: no closing --- line"}}
}

func fillFrontMatter(h textHeader, block []byte) (textHeader, []lineError) {
	var fm frontMatter
	if err := yaml.Unmarshal(block, &fm); err != nil {
		line := 1
		var te *yaml.TypeError
		msg := err.Error()
		if errors.As(err, &te) && len(te.Errors) > 0 {
			msg = te.Errors[0]
		}
		if n, ok := yamlLine(msg); ok {
			line = n + 1 // the block starts on line 2
		}
		return h, []lineError{{line, "front matter: " + msg}}
	}
	h.Title, h.URL, h.Source = fm.Title, fm.URL, fm.Source
	if fm.Date == "" {
		return h, nil
	}
	t, err := ParseDate(fm.Date)
	if err != nil {
		return h, []lineError{{1 + frontMatterLine(block, "date"), "front matter: " + err.Error()}}
	}
	h.DCT, h.Origin = t, FrontMatter
	return h, nil
}

// yamlLine extracts the line from a yaml.v3 message "yaml: line N: ...".
func yamlLine(msg string) (int, bool) {
	i := strings.Index(msg, "line ")
	if i < 0 {
		return 0, false
	}
	var n int
	if _, err := fmt.Sscanf(msg[i:], "line %d", &n); err != nil {
		return 0, false
	}
	return n, true
}

// frontMatterLine returns the 1-based line of key in block, or 0.
func frontMatterLine(block []byte, key string) int {
	for i, l := range strings.Split(string(block), "\n") {
		if strings.HasPrefix(l, key+":") {
			return i + 1
		}
	}
	return 0
}
