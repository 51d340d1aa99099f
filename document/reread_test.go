package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDropLoad checks that the documents of files read with Reread come
// without their text and Load gives the very text a plain Read gives, also
// after a Drop: JSON Lines
// records after a byte order mark, a blank and a bad line, a text file
// with a date header; that a document of standard input keeps its text;
// and that a file changed since is reported.
func TestDropLoad(t *testing.T) {
	dir := t.TempDir()
	jsonl := "\uFEFF" + `{"id": "a", "date": "2025-03-21", "text": "Kim met the envoy on Friday.\nThey talked."}` + "\n\n" +
		"not json\n" +
		`  {"id": "b", "text": "Officials said the talks ended.  "}  ` + "\r\n" +
		`{"id": "c", "text": "A last record with no end of line."}`
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	jp := write("news.jsonl", jsonl)
	write("note.txt", " date 2025-03-21 \nThe envoy left Pyongyang on Saturday.\n")
	const stdin = "From standard input: the envoy arrived."
	docs, errs := Read([]string{dir, "-"}, strings.NewReader(stdin), ReadOptions{Reread: true})
	if len(errs) != 1 { // the line that is not JSON
		t.Fatalf("errors %v, want one", errs)
	}
	if len(docs) != 5 {
		t.Fatalf("%d documents, want 5", len(docs))
	}
	plain := map[string]string{}
	all, _ := Read([]string{dir, "-"}, strings.NewReader(stdin), ReadOptions{})
	for _, d := range all {
		plain[d.ID] = d.Text
	}
	for i := range docs {
		d := &docs[i]
		if held := d.Text != ""; held != (d.Path == "-") {
			t.Errorf("%s: text held %v after Read", d.ID, held)
		}
		if err := d.Load(); err != nil {
			t.Fatal(err)
		}
		text := d.Text
		if text != plain[d.ID] {
			t.Errorf("%s: loaded text %q, read without Reread %q", d.ID, text, plain[d.ID])
		}
		dropped := d.Drop()
		if dropped != (d.Path != "-") {
			t.Errorf("%s: Drop() = %v", d.ID, dropped)
		}
		if d.Len() != len(text) {
			t.Errorf("%s: Len() = %d after Drop, want %d", d.ID, d.Len(), len(text))
		}
		if dropped && d.Text != "" {
			t.Errorf("%s: text kept after Drop", d.ID)
		}
		if err := d.Load(); err != nil || d.Text != text {
			t.Errorf("%s: Load() = %v, text %q, want %q", d.ID, err, d.Text, text)
		}
	}
	// the file changes: a dropped record no longer lies where it did
	d := docs[0]
	if d.ID != "a" {
		t.Fatalf("first document %s, want a", d.ID)
	}
	d.Drop()
	write("news.jsonl", strings.Replace(jsonl, "Kim", "Kim Jong Un", 1))
	if err := d.Load(); err == nil {
		t.Errorf("Load after %s changed: no error, text %q", jp, d.Text)
	}
}

// TestLoadFrom checks that texts read again through one Files, which
// keeps their JSON Lines file open, are those Load reads, that a file
// changed in place since is still reported, and that after Close the
// texts are read as Load reads them.
func TestLoadFrom(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "news.jsonl")
	data := `{"id": "a", "text": "The envoy arrived on Monday."}` + "\n" +
		`{"id": "b", "text": "Talks ended on Tuesday.\nBoth sides left."}` + "\n"
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, errs := Read([]string{p}, nil, ReadOptions{Reread: true})
	if len(errs) > 0 || len(docs) != 2 {
		t.Fatalf("%d documents, errors %v", len(docs), errs)
	}
	plain, _ := Read([]string{p}, nil, ReadOptions{})
	var files Files
	for range 2 { // the second time through the file kept open
		for i := range docs {
			if err := docs[i].LoadFrom(&files); err != nil || docs[i].Text != plain[i].Text {
				t.Errorf("%s: LoadFrom() = %v, text %q, want %q", docs[i].ID, err, docs[i].Text, plain[i].Text)
			}
			docs[i].Drop()
		}
	}
	if len(files.open) != 1 {
		t.Errorf("%d files kept open, want 1", len(files.open))
	}
	if err := os.WriteFile(p, []byte(strings.Replace(data, "envoy", "special envoy", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := docs[0].LoadFrom(&files); err == nil {
		t.Errorf("LoadFrom after %s changed: no error, text %q", p, docs[0].Text)
	}
	if err := files.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := docs[1].LoadFrom(&files); err != nil || docs[1].Text != plain[1].Text || len(files.open) != 0 {
		t.Errorf("LoadFrom after Close = %v, text %q, %d files open", err, docs[1].Text, len(files.open))
	}
}

// TestHoldBytes checks ReadOptions.HoldBytes: texts that total at most the
// limit are held as read (and can still be dropped and loaded again);
// past it, across files and within one JSON Lines file, none is held.
func TestHoldBytes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "The envoy arrived on Monday.")                    // 28 bytes
	write("b.txt", "Talks ended on Tuesday.")                         // 23 bytes
	write("c.jsonl", `{"id": "c1", "text": "Both sides left."}`+"\n"+ // 16 bytes
		`{"id": "c2", "text": "The ministers met again."}`+"\n") // 24 bytes
	const total = 28 + 23 + 16 + 24
	plain, _ := Read([]string{dir}, nil, ReadOptions{})
	for _, tc := range []struct {
		hold int64
		held bool
	}{
		{0, false},
		{total - 1, false},    // passed by the last record of the last file
		{28 + 23 + 10, false}, // passed within the JSON Lines file
		{total, true},
		{total + 100, true},
	} {
		docs, errs := Read([]string{dir}, nil, ReadOptions{Reread: true, HoldBytes: tc.hold})
		if len(errs) > 0 || len(docs) != len(plain) {
			t.Fatalf("hold %d: %d documents, errors %v", tc.hold, len(docs), errs)
		}
		for i := range docs {
			d := &docs[i]
			if held := d.Text != ""; held != tc.held {
				t.Errorf("hold %d: %s text held %v, want %v", tc.hold, d.ID, held, tc.held)
			}
			if tc.held && d.Text != plain[i].Text {
				t.Errorf("hold %d: %s text %q, want %q", tc.hold, d.ID, d.Text, plain[i].Text)
			}
			if !d.Drop() {
				t.Errorf("hold %d: %s cannot be dropped", tc.hold, d.ID)
			}
			if err := d.Load(); err != nil || d.Text != plain[i].Text {
				t.Errorf("hold %d: %s Load() = %v, text %q, want %q", tc.hold, d.ID, err, d.Text, plain[i].Text)
			}
		}
	}
	// standard input is held whatever the limit, as without it
	docs, _ := Read([]string{"-"}, strings.NewReader("From standard input."), ReadOptions{Reread: true, HoldBytes: 1})
	if len(docs) != 1 || docs[0].Text == "" || docs[0].Drop() {
		t.Errorf("standard input: %+v", docs)
	}
}
