package timeml

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Header is the XML declaration and TimeML start tag Write emits.
const Header = `<?xml version="1.0" ?>` + "\n" +
	`<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">` + "\n"

// Write writes d as a TempEval-3 TimeML document: DOCID, a DCT TIMEX3 (tid
// t0) when d.DCT.Value is set, and TEXT with a TIMEX3 element (tid, type,
// value and, when set, mod) around each of d.Timexes. Expressions without a
// TID are numbered t1, t2, ... in text order. The expressions must lie
// inside the text and must not overlap (see NonOverlapping); otherwise
// Write writes nothing and returns an error.
func Write(w io.Writer, d *Document) error {
	ts := sortedTimexes(d.Timexes)
	for i, t := range ts {
		if t.Start < 0 || t.End < t.Start || t.End > len(d.Text) {
			return fmt.Errorf("timeml: expression %d [%d,%d) outside the text (length %d)", i, t.Start, t.End, len(d.Text))
		}
		if i > 0 && t.Start < ts[i-1].End {
			return fmt.Errorf("timeml: expressions [%d,%d) and [%d,%d) overlap", ts[i-1].Start, ts[i-1].End, t.Start, t.End)
		}
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(Header)
	bw.WriteString("\n<DOCID>")
	escapeText(bw, d.DocID)
	bw.WriteString("</DOCID>\n\n")
	if d.DCT.Value != "" {
		typ := d.DCT.Type
		if typ == "" {
			typ = "DATE"
		}
		text := d.DCT.Text
		if text == "" {
			text = d.DCT.Value
		}
		bw.WriteString(`<DCT><TIMEX3 tid="t0" type="`)
		escapeAttr(bw, typ)
		bw.WriteString(`" value="`)
		escapeAttr(bw, d.DCT.Value)
		bw.WriteString(`" temporalFunction="false" functionInDocument="CREATION_TIME">`)
		escapeText(bw, text)
		bw.WriteString("</TIMEX3></DCT>\n\n")
	}
	bw.WriteString("<TEXT>")
	last := 0
	n := 0
	for _, t := range ts {
		escapeText(bw, d.Text[last:t.Start])
		n++
		tid := t.TID
		if tid == "" {
			tid = fmt.Sprintf("t%d", n)
		}
		bw.WriteString(`<TIMEX3 tid="`)
		escapeAttr(bw, tid)
		bw.WriteString(`" type="`)
		escapeAttr(bw, t.Type)
		bw.WriteString(`" value="`)
		escapeAttr(bw, t.Value)
		bw.WriteString(`"`)
		if t.Mod != "" {
			bw.WriteString(` mod="`)
			escapeAttr(bw, t.Mod)
			bw.WriteString(`"`)
		}
		if t.Start == t.End {
			bw.WriteString("/>")
		} else {
			bw.WriteString(">")
			escapeText(bw, d.Text[t.Start:t.End])
			bw.WriteString("</TIMEX3>")
		}
		last = t.End
	}
	escapeText(bw, d.Text[last:])
	bw.WriteString("</TEXT>\n\n</TimeML>\n")
	return bw.Flush()
}

// sortedTimexes returns a copy of ts sorted by start, then end.
func sortedTimexes(ts []Timex) []Timex {
	out := append([]Timex(nil), ts...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	})
	return out
}

// NonOverlapping splits ts into expressions that can be written together
// and those dropped because they overlap an earlier-starting (or, at the
// same start, longer) expression. Both lists are in text order.
func NonOverlapping(ts []Timex) (kept, dropped []Timex) {
	s := append([]Timex(nil), ts...)
	sort.SliceStable(s, func(i, j int) bool {
		if s[i].Start != s[j].Start {
			return s[i].Start < s[j].Start
		}
		return s[i].End > s[j].End
	})
	end := -1
	for _, t := range s {
		if t.Start < end {
			dropped = append(dropped, t)
			continue
		}
		kept = append(kept, t)
		if t.End > end {
			end = t.End
		}
	}
	return kept, dropped
}

var (
	textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "\n", "&#10;", "\r", "&#13;", "\t", "&#9;")
)

func escapeText(w *bufio.Writer, s string) { textEscaper.WriteString(w, s) }
func escapeAttr(w *bufio.Writer, s string) { attrEscaper.WriteString(w, s) }
