// Package timeml reads and writes TempEval-3 TimeML documents: the DOCID,
// the document creation time (the TIMEX3 inside <DCT>), the TEXT element
// with its tags removed and its entities decoded, and the TIMEX3 time
// expressions inside TEXT with byte offsets into that stripped text.
//
// The parser (parse.go) is a small hand-written scanner rather than
// encoding/xml so that the stripped text is exactly the characters of the
// file and errors carry line numbers; the writer (write.go) produces a file
// whose TEXT, once its tags are removed again, is the same text.
package timeml

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Attr is one XML attribute, in the order it appeared.
type Attr struct {
	Name, Value string
}

// Timex is one TIMEX3 element.
type Timex struct {
	Start, End int    // byte offsets into Document.Text (Start == End for an empty element)
	Text       string // Document.Text[Start:End]
	TID        string // tid, e.g. "t3"
	Type       string // type: DATE, TIME, DURATION or SET
	Value      string // value, e.g. "1998-08-07", "P3D", "PAST_REF"
	Mod        string // mod, e.g. "APPROX", or ""
	// Attrs holds every attribute of the element, including the four
	// above, in source order.
	Attrs []Attr
	// Line is the line of the opening tag in the source file (0 when the
	// expression was not read from a file).
	Line int
}

// Attr returns the value of the attribute name and whether it is present.
func (t *Timex) Attr(name string) (string, bool) {
	for _, a := range t.Attrs {
		if a.Name == name {
			return a.Value, true
		}
	}
	return "", false
}

// Document is one TimeML document.
type Document struct {
	DocID string
	// Title is the content of <TITLE> (a news article's headline), entities
	// decoded and white space collapsed; "" when the file has none.
	Title string
	// DCT is the TIMEX3 inside <DCT>; its Start and End are 0 and its Text
	// is the element's content. DCT.Value is "" when the file has no DCT.
	DCT Timex
	// Text is the content of <TEXT> with tags removed and entities
	// decoded, character for character.
	Text string
	// Timexes are the TIMEX3 elements inside TEXT, in document order.
	Timexes []Timex

	// lines maps offsets of Text to lines of the source file: each mark
	// is the start of a run of character data.
	lines []lineMark
}

// lineMark says that Text[off] came from line of the source file.
type lineMark struct{ off, line int }

// Line returns the line of the source file that Text[off] came from, or 0
// when the document was not parsed from a file.
func (d *Document) Line(off int) int {
	i := sort.Search(len(d.lines), func(i int) bool { return d.lines[i].off > off }) - 1
	if i < 0 {
		return 0
	}
	m := d.lines[i]
	end := min(max(off, m.off), len(d.Text))
	return m.line + strings.Count(d.Text[m.off:end], "\n")
}

// DCTTime returns the date of the document creation time: the calendar day
// that DCT.Value starts with (YYYY-MM-DD, optionally followed by a time).
func (d *Document) DCTTime() (time.Time, error) {
	v := d.DCT.Value
	if v == "" {
		return time.Time{}, fmt.Errorf("no DCT")
	}
	day := v
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		day = v[:i]
	}
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return time.Time{}, fmt.Errorf("DCT value %q is not YYYY-MM-DD", v)
	}
	return t, nil
}
