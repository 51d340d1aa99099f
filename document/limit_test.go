package document

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// endless is a reader that never ends, like /dev/zero.
type endless struct{ b byte }

func (e endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.b
	}
	return len(p), nil
}

func TestReadRefusesLargeDocuments(t *testing.T) {
	dir := t.TempDir()
	small := " date 2025-03-21 Putin met Kim."
	os.WriteFile(filepath.Join(dir, "small.txt"), []byte(small), 0o644)
	os.WriteFile(filepath.Join(dir, "big.txt"), []byte(small+strings.Repeat(" More text.", 200)), 0o644)
	os.WriteFile(filepath.Join(dir, "noext"), []byte(small+strings.Repeat(" More text.", 200)), 0o644)
	jsonl := `{"id":"a","text":"Putin met Kim."}` + "\n" +
		`{"id":"b","text":"` + strings.Repeat("long ", 400) + `"}` + "\n" +
		`{"text":"Kim met Lavrov."}` + "\n"
	os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte(jsonl), 0o644)
	docs, errs := Read([]string{dir}, nil, ReadOptions{MaxDocBytes: 1000})
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if got, want := strings.Join(ids, " "), "a feed-3 small"; got != want {
		t.Errorf("documents read: %q, want %q", got, want)
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"big.txt: larger than the limit of 1000 bytes", "feed.jsonl:2: record larger", "noext: larger"} {
		if !strings.Contains(all, want) {
			t.Errorf("errors %q lack %q", all, want)
		}
	}
	if len(errs) != 3 {
		t.Errorf("got %d errors, want 3: %q", len(errs), all)
	}
}

func TestReadEndlessStdin(t *testing.T) {
	for _, b := range []byte{0, 'a', '{'} {
		docs, errs := Read([]string{"-"}, endless{b}, ReadOptions{MaxDocBytes: 1 << 16})
		want := "larger than the limit of 64 KB"
		if b == '{' { // JSON Lines: one endless record
			want = "no end of line in 256 KB: the rest of the input is not read"
		}
		if len(docs) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), want) {
			t.Errorf("endless %q: %d docs, errors %v", b, len(docs), errs)
		}
	}
}

func TestReadJSONLStreamsRecords(t *testing.T) {
	// A JSON Lines stream larger than the limit is fine when each record
	// fits; a bad line (invalid UTF-8) is reported by number, not the file.
	var b strings.Builder
	for i := range 50 {
		if i == 7 {
			b.WriteString("{\"text\":\"bad \xff\"}\n")
			continue
		}
		b.WriteString(`{"text":"Putin met Kim in Pyongyang on Wednesday."}` + "\r\n\n")
	}
	docs, errs := Read([]string{"-"}, io.MultiReader(strings.NewReader(b.String())), ReadOptions{MaxDocBytes: 100})
	if len(docs) != 49 {
		t.Errorf("read %d documents, want 49", len(docs))
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "-:15: invalid UTF-8") {
		t.Errorf("errors %v, want one at line 15", errs)
	}
	if docs[0].ID != "stdin-1" || docs[1].ID != "stdin-3" || docs[0].Line != 1 {
		t.Errorf("ids %s %s, line %d: want stdin-1 stdin-3 and line 1", docs[0].ID, docs[1].ID, docs[0].Line)
	}
}
