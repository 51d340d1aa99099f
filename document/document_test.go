package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name, in string
		text     string
		dct      string // "" for none
		origin   Origin
		title    string
		errs     string // joined errors
	}{
		{name: "a.txt", in: " date 2025-03-21 North Korean and Russian state media said.", text: "North Korean and Russian state media said.", dct: "2025-03-21", origin: Header},
		{name: "a.txt", in: "date 2025-03-21\nSEOUL, South Korea — text", text: "SEOUL, South Korea — text", dct: "2025-03-21", origin: Header},
		{name: "a.txt", in: "\uFEFF Date: 2024-06-19   Putin arrived.", text: "Putin arrived.", dct: "2024-06-19", origin: Header},
		{name: "a.txt", in: "Russian Security Council Secretary Sergei Shoigu met Kim.", text: "Russian Security Council Secretary Sergei Shoigu met Kim.", origin: None},
		{name: "a.txt", in: "Date 12 of the trial began.", text: "Date 12 of the trial began.", origin: None},
		{name: "a.txt", in: "date night ended early", text: "date night ended early", origin: None},
		{name: "a", in: " date 2025-02-30 The text.", text: "The text.", origin: None, errs: "a:1: header: bad date \"2025-02-30\" (want YYYY-MM-DD or an RFC 3339 timestamp)"},
		{name: "a.md", in: "---\ntitle: Talks resume\ndate: 2024-06-19\nurl: https://example.com/a\nsource: AP\nother: x\n---\nBody here.\n", text: "Body here.\n", dct: "2024-06-19", origin: FrontMatter, title: "Talks resume"},
		{name: "a.txt", in: "---\r\ntitle: \"No date\"\r\n...\r\nBody.", text: "Body.", origin: None, title: "No date"},
		{name: "a.txt", in: "---\ntitle: x\ndate: June 2024\n---\nBody.", text: "Body.", origin: None, title: "x", errs: "a.txt:3: front matter: bad date \"June 2024\" (want YYYY-MM-DD or an RFC 3339 timestamp)"},
		{name: "a.txt", in: "---\ntitle: [x\n---\nBody.", text: "Body.", origin: None, errs: "a.txt:2: front matter: yaml: line 1: did not find expected ',' or ']'"},
		{name: "a.txt", in: "---\ntitle: x\ndate: {a: 1}\n---\nBody.", text: "Body.", origin: None, errs: "a.txt:3: front matter: line 2: cannot unmarshal !!map into string"},
		{name: "a.txt", in: "---\ntitle: x\nBody without end.", text: "---\ntitle: x\nBody without end.", origin: None, errs: "a.txt:1: front matter: no closing --- line"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			docs, err := Parse(tt.name, []byte(tt.in))
			var got string
			if err != nil {
				got = err.Error()
			}
			if got != tt.errs {
				t.Errorf("errors %q, want %q", got, tt.errs)
			}
			if len(docs) != 1 {
				t.Fatalf("%d documents", len(docs))
			}
			d := docs[0]
			if d.Text != tt.text || d.DCTOrigin != tt.origin || d.Title != tt.title || d.ID != ID(tt.name) || d.Path != tt.name {
				t.Errorf("got %+v", d)
			}
			if tt.dct != "" && !d.DCT.Equal(day(tt.dct)) || tt.dct == "" && !d.DCT.IsZero() {
				t.Errorf("DCT %v, want %q", d.DCT, tt.dct)
			}
		})
	}
}

func TestParseFrontMatterFields(t *testing.T) {
	docs, err := Parse("a.md", []byte("---\ntitle: T\ndate: 2024-06-19T10:30:00+09:00\nurl: https://x.example/a\nsource: Yonhap\n---\nB"))
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.URL != "https://x.example/a" || d.Source != "Yonhap" || d.DCT.Format(time.RFC3339) != "2024-06-19T10:30:00+09:00" {
		t.Errorf("got %+v", d)
	}
}

func TestParseJSONL(t *testing.T) {
	in := `{"id":"a1","date":"2024-06-19","title":"T","url":"u","text":"Putin visited."}

{"date":"2024-06-20T08:00:00Z","text":"No id."}
{"id": 42, "text":"numeric id"}
not json
{"id":"x","title":"no text"}
{"id":"b","date":"yesterday","text":"bad date"}
{"id":["x"],"text":"bad id"}
{"text":"two"} {"text":"values"}
{"id":"e","text":"  "}
{"id":"f","date":"9999-12-31","text":"sentinel date"}
`
	docs, err := Parse("dir/dump.jsonl", []byte(in))
	wantErrs := []string{
		`dir/dump.jsonl:5: bad JSON: invalid character 'o' in literal null (expecting 'u')`,
		`dir/dump.jsonl:6: record has no "text"`,
		`dir/dump.jsonl:7: "date": bad date "yesterday" (want YYYY-MM-DD or an RFC 3339 timestamp); document read without a date`,
		`dir/dump.jsonl:8: "id" is ["x"], want a string or a number`,
		`dir/dump.jsonl:9: bad JSON: more than one value on the line`,
		`dir/dump.jsonl:10: record has an empty "text"`,
		`dir/dump.jsonl:11: "date": implausible date "9999-12-31" (after year 2200); document read without a date`,
	}
	l, _ := err.(ErrorList)
	if len(l) != len(wantErrs) {
		t.Fatalf("errors %v, want %d", err, len(wantErrs))
	}
	for i, e := range l {
		if e.Error() != wantErrs[i] {
			t.Errorf("error %d = %q, want %q", i, e, wantErrs[i])
		}
	}
	type doc struct {
		id     string
		line   int
		origin Origin
		text   string
	}
	want := []doc{{"a1", 1, JSONL, "Putin visited."}, {"dump-3", 3, JSONL, "No id."}, {"42", 4, None, "numeric id"}, {"b", 7, None, "bad date"}, {"f", 11, None, "sentinel date"}}
	if len(docs) != len(want) {
		t.Fatalf("%d documents: %+v", len(docs), docs)
	}
	for i, d := range docs {
		if g := (doc{d.ID, d.Line, d.DCTOrigin, d.Text}); g != want[i] {
			t.Errorf("doc %d = %+v, want %+v", i, g, want[i])
		}
	}
	if !docs[0].DCT.Equal(day("2024-06-19")) || docs[0].Title != "T" || docs[0].URL != "u" {
		t.Errorf("doc 0 = %+v", docs[0])
	}
	if docs[1].DCT.Format(time.RFC3339) != "2024-06-20T08:00:00Z" {
		t.Errorf("doc 1 DCT = %v", docs[1].DCT)
	}
}

func TestParseTimeML(t *testing.T) {
	in := `<?xml version="1.0" ?><TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07T06:18:00">1998</TIMEX3></DCT>
<TEXT>Bombs exploded <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; more.</TEXT></TimeML>`
	docs, err := Parse("d/APW.0261.tml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.ID != "APW.0261" || d.Text != "Bombs exploded Friday & more." || d.DCTOrigin != TimeML || !d.DCT.Equal(day("1998-08-07")) {
		t.Errorf("got %+v", d)
	}
	_, err = Parse("bad.tml", []byte("<TimeML>\n<TEXT>a & b</TEXT></TimeML>"))
	if err == nil || err.Error() != "bad.tml:2: bare '&' (write &amp;)" {
		t.Errorf("error %v", err)
	}
}

func TestParseBad(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bin.txt", "ok\n\xff\xfe", "bin.txt:2: invalid UTF-8 (is it a text file?)"},
		{"empty.txt", "  \n", "empty.txt: no text"},
		{"hdr.txt", " date 2025-03-21 ", "hdr.txt: no text"},
	}
	for _, tt := range tests {
		docs, err := Parse(tt.name, []byte(tt.in))
		if len(docs) != 0 || err == nil || err.Error() != tt.want {
			t.Errorf("%s: %d docs, error %v; want %q", tt.name, len(docs), err, tt.want)
		}
	}
	// a date-shaped header with an impossible date is reported at its
	// line, and the text is kept, undated
	docs, err := Parse("far.txt", []byte(" date 99999-01-01 Text."))
	want := `far.txt:1: header: bad date "99999-01-01" (want YYYY-MM-DD or an RFC 3339 timestamp)`
	if len(docs) != 1 || docs[0].Text != "Text." || docs[0].DCTOrigin != None || err == nil || err.Error() != want {
		t.Errorf("far.txt: docs %+v, error %v; want the undated text and %q", docs, err, want)
	}
}

func TestSniff(t *testing.T) {
	for in, want := range map[string]Format{
		"<?xml version='1.0'?><TimeML>": TimeMLDoc,
		"\n{\"text\":\"x\"}":            JSONLines,
		" date 2025-01-01 x":            Text,
	} {
		if got := sniff([]byte(in)); got != want {
			t.Errorf("sniff(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2025-03-21":                "2025-03-21T00:00:00Z",
		" 2025-03-21 ":              "2025-03-21T00:00:00Z",
		"2025-03-21T10:00:00+09:00": "2025-03-21T10:00:00+09:00",
		"2025-03-21T10:00:00.5Z":    "2025-03-21T10:00:00Z",
		"2025-03-21T10:00":          "2025-03-21T10:00:00Z",
	} {
		got, err := ParseDate(in)
		if err != nil || got.Format(time.RFC3339) != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"", "21/03/2025", "2025-3-21", "2025-02-29", "March 2025", "0001-01-01", "0999-12-31T10:00:00Z", "9999-12-31", "2201-01-01"} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) accepted", in)
		}
	}
}

func TestReadPaths(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b/a.txt", " date 2025-03-21 Second a.")
	write("a.txt", "First a.")
	write("c.jsonl", "{\"id\":\"a\",\"text\":\"third a\"}\n{bad\n{\"id\":\"z\",\"text\":\"z\"}\n")
	write("img.png", "\x89PNG")
	write(".hidden.txt", "hidden")
	write("bad.tml", "<TEXT>")
	// a link to an article is read; a link to a folder is reported
	if err := os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "l.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "b"), filepath.Join(dir, "d.txt")); err != nil {
		t.Fatal(err)
	}
	docs, errs := ReadPaths([]string{dir, filepath.Join(dir, "missing.txt"), "-"}, strings.NewReader("from stdin"))
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if got := strings.Join(ids, " "); got != "a a-2 a-3 z l stdin" {
		t.Errorf("ids %q", got)
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, strings.ReplaceAll(e.Error(), dir+string(filepath.Separator), ""))
	}
	want := []string{
		"bad.tml:1: <TEXT> is never closed",
		"c.jsonl:2: bad JSON: invalid character 'b' looking for beginning of object key string",
		"d.txt: warning: symbolic link to something other than a file: not followed",
		"missing.txt: stat: no such file or directory",
		`b/a.txt: warning: duplicate id "a" (first at a.txt), renamed "a-2"`,
		`c.jsonl:1: warning: duplicate id "a" (first at a.txt), renamed "a-3"`,
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
	if docs[1].DCTOrigin != Header || docs[5].Path != "-" || docs[5].Text != "from stdin" {
		t.Errorf("docs %+v", docs)
	}
}

func TestSeeds(t *testing.T) {
	docs, errs := ReadPaths([]string{"../seeds"}, nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	dated := 0
	for _, d := range docs {
		if d.DCTOrigin == Header {
			dated++
			if strings.HasPrefix(d.Text, " ") || strings.Contains(d.Text[:min(40, len(d.Text))], "date") {
				t.Errorf("%s: header left in text: %q", d.ID, d.Text[:40])
			}
		}
	}
	if len(docs) != 5 || dated != 2 {
		t.Errorf("%d docs, %d dated; want 5, 2", len(docs), dated)
	}
}

func FuzzTextHeader(f *testing.F) {
	f.Add([]byte(" date 2025-03-21 text"))
	f.Add([]byte("---\ntitle: x\ndate: 2024-01-02\n---\nbody"))
	f.Add([]byte("date: 2024-01-02T10:00:00Z\r\nbody"))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, errs := parseTextHeader(data)
		if h.Body < 0 || h.Body > len(data) {
			t.Fatalf("body offset %d of %d", h.Body, len(data))
		}
		if (h.Origin == None) != h.DCT.IsZero() {
			t.Fatalf("origin %s with DCT %v", h.Origin, h.DCT)
		}
		for _, e := range errs {
			if e.line < 1 || e.msg == "" {
				t.Fatalf("bad error %+v", e)
			}
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","date":"2024-06-19","text":"x"}` + "\n\n{bad\n"))
	f.Add([]byte(`{"id":1e3,"text":""}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, errs := parseJSONL("f.jsonl", "f", data)
		lines := strings.Count(string(data), "\n") + 1
		for _, d := range docs {
			if d.Line < 1 || d.Line > lines || d.ID == "" && d.Line == 0 {
				t.Fatalf("bad document %+v", d)
			}
		}
		for _, e := range errs {
			if e.Line < 1 || e.Line > lines {
				t.Fatalf("error line %d of %d", e.Line, lines)
			}
		}
	})
}

// FuzzParse checks that no input panics the format dispatch and that every
// document returned has an id, a path and a DCT consistent with its origin.
func FuzzParse(f *testing.F) {
	f.Add("a.txt", []byte(" date 2025-03-21 text"))
	f.Add("-", []byte(`{"text":"x","date":"2024-01-01"}`))
	f.Add("a.tml", []byte(`<TimeML><DCT><TIMEX3 value="2001-02-03">x</TIMEX3></DCT><TEXT>t</TEXT></TimeML>`))
	f.Add("a.txt", []byte("date 0001-01-01 x"))
	f.Add("noext", []byte("<?xml version='1.0'?><TimeML><TEXT>x</TEXT></TimeML>"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		docs, _ := Parse(name, data)
		for _, d := range docs {
			if d.ID == "" && FormatOf(name) != JSONLines || d.Path != name {
				t.Fatalf("document %+v", d)
			}
			if (d.DCTOrigin == None) != d.DCT.IsZero() {
				t.Fatalf("origin %s with DCT %v", d.DCTOrigin, d.DCT)
			}
		}
	})
}
