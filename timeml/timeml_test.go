package timeml

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

const small = `<?xml version="1.0" ?>
<TimeML>
<DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-26" temporalFunction="false" functionInDocument="CREATION_TIME">10/26/89</TIMEX3></DCT>
<TITLE>x &amp; y</TITLE>
<TEXT>
Sales rose <EVENT eid="e1" class="OCCURRENCE">5%</EVENT> &amp; more <TIMEX3 tid="t1" type="DATE" value="1989-Q3" mod="END">late in the third quarter</TIMEX3>,
&quot;caf&#233;&quot; &lt;said&gt; <TIMEX3 tid='t2' type="DURATION" value="P3D" anchorTimeID="t0">three days</TIMEX3><!-- note --><TIMEX3 tid="t3" type="DATE" value="PAST_REF"/>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1"/>
</TimeML>
`

func TestParse(t *testing.T) {
	d, err := Parse("small.tml", []byte(small))
	if err != nil {
		t.Fatal(err)
	}
	wantText := "\nSales rose 5% & more late in the third quarter,\n\"café\" <said> three days.\n"
	if d.Text != wantText {
		t.Errorf("Text = %q, want %q", d.Text, wantText)
	}
	if d.Title != "x & y" {
		t.Errorf("Title = %q, want %q", d.Title, "x & y")
	}
	if d.DocID != "wsj_0001" {
		t.Errorf("DocID = %q", d.DocID)
	}
	if d.DCT.Value != "1989-10-26" || d.DCT.Text != "10/26/89" || d.DCT.Type != "DATE" {
		t.Errorf("DCT = %+v", d.DCT)
	}
	if tm, err := d.DCTTime(); err != nil || tm.Format("2006-01-02") != "1989-10-26" {
		t.Errorf("DCTTime = %v, %v", tm, err)
	}
	type span struct{ text, tid, typ, value, mod string }
	var got []span
	for _, x := range d.Timexes {
		if d.Text[x.Start:x.End] != x.Text {
			t.Errorf("%s: Text %q != text[%d:%d] %q", x.TID, x.Text, x.Start, x.End, d.Text[x.Start:x.End])
		}
		got = append(got, span{x.Text, x.TID, x.Type, x.Value, x.Mod})
	}
	want := []span{
		{"late in the third quarter", "t1", "DATE", "1989-Q3", "END"},
		{"three days", "t2", "DURATION", "P3D", ""},
		{"", "t3", "DATE", "PAST_REF", ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("timexes = %+v, want %+v", got, want)
	}
	if v, ok := d.Timexes[1].Attr("anchorTimeID"); !ok || v != "t0" {
		t.Errorf("anchorTimeID = %q, %v", v, ok)
	}
	if d.Timexes[1].Line != 8 {
		t.Errorf("t2 line = %d, want 8", d.Timexes[1].Line)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"no text", "<TimeML><DOCID>x</DOCID></TimeML>", "f.tml: no <TEXT> element"},
		{"unclosed", "\n<TEXT>abc\n", "f.tml:2: <TEXT> is never closed"},
		{"mismatch", "<TEXT>\n<TIMEX3 tid=\"t1\">a</EVENT></TEXT>", "f.tml:2: </EVENT> closes <TIMEX3> of line 2"},
		{"bare amp", "<TEXT>\n\nAT&T</TEXT>", "f.tml:3: bare '&' (write &amp;)"},
		{"unknown entity", "<TEXT>&nbsp;</TEXT>", "f.tml:1: unknown entity &nbsp;"},
		{"bad charref", "<TEXT>&#0;</TEXT>", "f.tml:1: invalid character reference &#0;"},
		{"unquoted", "<TEXT><TIMEX3 tid=t1>a</TIMEX3></TEXT>", "f.tml:1: value of attribute tid of <TIMEX3> is not quoted"},
		{"no value", "<TEXT><TIMEX3 tid>a</TIMEX3></TEXT>", "f.tml:1: attribute tid of <TIMEX3> has no value"},
		{"lt in text", "<TEXT>a < b</TEXT>", "f.tml:1: '<' not followed by a tag name (write &lt;)"},
		{"stray end", "</TEXT>", "f.tml:1: </TEXT> without an open element"},
		{"comment", "<TEXT><!-- x</TEXT>", "f.tml:1: comment is never closed"},
		{"repeated attr", "<TEXT><TIMEX3 a=\"1\" a=\"2\">x</TIMEX3></TEXT>", "f.tml:1: attribute a repeated in <TIMEX3>"},
		{"bad utf8", "<TEXT>\n\xff</TEXT>", "f.tml:2: invalid UTF-8"},
		{"two texts", "<TEXT></TEXT><TEXT></TEXT>", "f.tml:1: second <TEXT> element"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("f.tml", []byte(tt.in))
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWriteRoundTrip(t *testing.T) {
	d, err := Parse("small.tml", []byte(small))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, s := range []string{
		`<DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-26" temporalFunction="false" functionInDocument="CREATION_TIME">10/26/89</TIMEX3></DCT>`,
		`<TIMEX3 tid="t1" type="DATE" value="1989-Q3" mod="END">late in the third quarter</TIMEX3>`,
		`&quot;`[:0] + `"café" &lt;said&gt;`,
		`<TIMEX3 tid="t3" type="DATE" value="PAST_REF"/>`,
	} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %s:\n%s", s, out)
		}
	}
	checkRoundTrip(t, d, buf.Bytes())
}

// checkRoundTrip parses out and compares it with d.
func checkRoundTrip(t *testing.T, d *Document, out []byte) {
	t.Helper()
	d2, err := Parse("out.tml", out)
	if err != nil {
		t.Fatalf("written document does not parse: %v\n%s", err, out)
	}
	if d2.Text != d.Text {
		t.Fatalf("round trip changed TEXT:\n got %q\nwant %q", d2.Text, d.Text)
	}
	if d2.DocID != strings.TrimSpace(d.DocID) || d2.DCT.Value != d.DCT.Value {
		t.Errorf("round trip changed DOCID/DCT: %q %q", d2.DocID, d2.DCT.Value)
	}
	want := sortedTimexes(d.Timexes)
	if len(d2.Timexes) != len(want) {
		t.Fatalf("round trip: %d timexes, want %d", len(d2.Timexes), len(want))
	}
	for i, x := range d2.Timexes {
		w := want[i]
		if x.Start != w.Start || x.End != w.End || x.Type != w.Type || x.Value != w.Value || x.Mod != w.Mod {
			t.Errorf("round trip timex %d = %+v, want %+v", i, x, w)
		}
	}
}

func TestWriteRejectsOverlap(t *testing.T) {
	d := &Document{Text: "next Monday morning", Timexes: []Timex{{Start: 0, End: 11}, {Start: 5, End: 19}}}
	if err := Write(new(bytes.Buffer), d); err == nil {
		t.Error("overlapping expressions written")
	}
	kept, dropped := NonOverlapping(d.Timexes)
	if len(kept) != 1 || kept[0].Start != 0 || len(dropped) != 1 || dropped[0].Start != 5 {
		t.Errorf("NonOverlapping = %+v, %+v", kept, dropped)
	}
	d.Timexes = kept
	d.Timexes[0].Type, d.Timexes[0].Value = "DATE", "XXXX-WXX-1"
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `<TEXT><TIMEX3 tid="t1" type="DATE" value="XXXX-WXX-1">next Monday</TIMEX3> morning</TEXT>`) {
		t.Errorf("unexpected output:\n%s", buf.String())
	}
	checkRoundTrip(t, d, buf.Bytes())
}

// tbaq is the TempEval-3 training data, beside the repository.
const tbaq = "../../shared/data/tempeval3/TBAQ-cleaned"

func tbaqFiles(t testing.TB) []string {
	var files []string
	filepath.WalkDir(tbaq, func(path string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(path, ".tml") {
			files = append(files, path)
		}
		return nil
	})
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no TimeML files under %s", tbaq)
		}
		t.Skipf("no TimeML files under %s", tbaq)
	}
	sort.Strings(files)
	return files
}

// TestTBAQ parses all of TBAQ-cleaned: 256 documents, 1,822 expressions
// outside the DCT, and checks the write round trip on each.
func TestTBAQ(t *testing.T) {
	files := tbaqFiles(t)
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(f, data)
		if err != nil {
			t.Error(err)
			continue
		}
		if _, err := d.DCTTime(); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		n += len(d.Timexes)
		var buf bytes.Buffer
		if err := Write(&buf, d); err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		checkRoundTrip(t, d, buf.Bytes())
	}
	if len(files) != 256 || n != 1822 {
		t.Errorf("%d files, %d expressions; want 256, 1822", len(files), n)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(small))
	f.Add([]byte("<TEXT>a<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001\">2001</TIMEX3></TEXT>"))
	f.Add([]byte("<TEXT>&#x41;&#65;<![CDATA[<x>]]></TEXT>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("fuzz.tml", data)
		if err != nil {
			return
		}
		for _, x := range d.Timexes {
			if x.Start < 0 || x.End < x.Start || x.End > len(d.Text) || d.Text[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %+v in %q", x, d.Text)
			}
		}
		kept, _ := NonOverlapping(d.Timexes)
		d.Timexes = kept
		var buf bytes.Buffer
		if err := Write(&buf, d); err != nil {
			t.Fatal(err)
		}
		checkRoundTrip(t, d, buf.Bytes())
	})
}

func TestLine(t *testing.T) {
	d, err := Parse("small.tml", []byte(small))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub  string
		line int
	}{{"Sales", 7}, {"late in", 7}, {"three days", 8}, {"café", 8}} {
		if got := d.Line(strings.Index(d.Text, tc.sub)); got != tc.line {
			t.Errorf("Line(%q) = %d, want %d", tc.sub, got, tc.line)
		}
	}
	if got := (&Document{Text: "x"}).Line(0); got != 0 {
		t.Errorf("Line without source = %d", got)
	}
}
