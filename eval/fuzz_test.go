package eval

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/diag"
)

// checkDiag fails t when err is not a diag.List of errors at lines of an
// input of lines lines in file "f".
func checkDiag(t *testing.T, err error, lines int) {
	t.Helper()
	var l diag.List
	if err != nil && !errors.As(err, &l) {
		t.Fatalf("error %v is not a diag.List", err)
	}
	for _, e := range l {
		if e.File != "f" || e.Line < 1 || e.Line > lines+1 {
			t.Errorf("error %v outside the input's %d lines", e, lines)
		}
	}
}

// FuzzReadGold checks that any input gives records that keep the format's
// rules, or errors at a line of the input, and never panics.
func FuzzReadGold(f *testing.F) {
	f.Add([]byte(goodRecord + "\n"))
	f.Add([]byte(`{"doc":"D","id":"D#2","split":"heldout","type":"yield","cameo":"0841","participants":[],"date":{"before":"1997-04-01"},"evidence":"e"}`))
	f.Add([]byte(`{"doc":"D","id":"D#1","date":{"value":"1997-W14","granularity":"week"}}` + "\n\n{"))
	f.Add([]byte("\xff\x00\n[]\nnull\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		gs, err := ReadGold(bytes.NewReader(data), "f")
		checkDiag(t, err, lines)
		for _, g := range gs {
			if err := g.check(); err != nil {
				t.Errorf("kept a bad record at line %d: %v", g.Line, err)
			}
			if g.Line < 1 || g.Line > lines || !strings.HasPrefix(g.ID, g.Doc+"#") {
				t.Errorf("record %+v", g)
			}
			if g.Date.start.IsZero() || g.Date.end.Before(g.Date.start) {
				t.Errorf("record at line %d has no interval: %+v", g.Line, g.Date)
			}
		}
	})
}

// FuzzReadItems checks that any input gives items that keep the format's
// rules, or errors at a line of the input, and never panics.
func FuzzReadItems(f *testing.F) {
	f.Add([]byte(goodItem + "\n"))
	f.Add([]byte(`{"id":"lead#1","kind":"lead","split":"heldout","doc":"D","date":"1997-04-02","evidence":"e","type":"other","cameo":"","participants":[{"name":"X","role":"agent"}],"day":"1997-04-01"}`))
	f.Add([]byte(`{"id":"digest#1","kind":"digest","day":"1997-02-30"}` + "\n\n{"))
	f.Add([]byte("\xff\x00\n[]\nnull\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		its, err := ReadItems(bytes.NewReader(data), "f")
		checkDiag(t, err, lines)
		for _, it := range its {
			if err := it.check(); err != nil {
				t.Errorf("kept a bad item at line %d: %v", it.Line, err)
			}
			if it.Line < 1 || it.Line > lines || it.MainName() == "" || it.day.IsZero() {
				t.Errorf("item %+v", it)
			}
		}
	})
}
