package wordlist

import (
	"os"
	"path/filepath"
	"testing"
)

// TestAuditRepository checks every word-list file of the project against
// the code of its package: each list read, each list read there, in lower
// case (Audit).
func TestAuditRepository(t *testing.T) {
	for _, c := range []struct{ file, dir, fn string }{
		{"event/data/words.yaml", "event", "wordList"},
		{"timex/data/words.yaml", "timex", "wordList"},
		{"actor/data/words.yaml", "actor", "wordList"},
		{"nlp/data/tagrepair.yaml", "nlp", "tagWordList"},
		{"nlp/ner/data/words.yaml", "nlp/ner", "wordList"},
		{"nlp/parser/data/words.yaml", "nlp/parser", "wordList"},
		{"pipeline/data/words.yaml", "pipeline", "wordList"},
		{"token/data/words.yaml", "token", "wordList"},
	} {
		root := filepath.Join("..", "..")
		data, err := os.ReadFile(filepath.Join(root, c.file))
		if err != nil {
			t.Fatal(err)
		}
		sets, err := Parse(c.file, data)
		if err != nil {
			t.Fatal(err)
		}
		problems, err := Audit(sets, c.file, filepath.Join(root, c.dir), c.fn)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range problems {
			t.Error(p)
		}
	}
}
