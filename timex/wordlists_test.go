package timex

import (
	"testing"

	"github.com/chronograph-news/chronograph/internal/wordlist"
)

// TestWordListsUsed checks that every list of data/words.yaml is read by
// the code, and every list the code reads is there, with its words in
// lower case as the rules compare them.
func TestWordListsUsed(t *testing.T) {
	lists, err := wordlist.Parse(wordsFile, wordsYAML)
	if err != nil {
		t.Fatal(err)
	}
	problems, err := wordlist.Audit(lists, wordsFile, ".", "wordList")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}
