package pipeline

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/token"
)

// longRepeats is how many times TestLongDocumentJobsIdentical tells the
// seeds in its one document: enough sentences for three workers.
const longRepeats = 6

// TestLongDocumentJobsIdentical checks that a document long enough for its
// sentences to be shared among the workers (actor.Gazetteer.LexSplit,
// extractAhead) gives the timeline one worker gives (run with -race, it
// also checks that the workers share nothing mutable).
func TestLongDocumentJobsIdentical(t *testing.T) {
	seeds, errs := document.ReadPaths([]string{"../seeds"}, nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	// one long document: the seeds' texts told one after another, over
	// and over
	var b strings.Builder
	for range longRepeats {
		for _, d := range seeds {
			b.WriteString(d.Text)
			b.WriteString("\n\n")
		}
	}
	long := document.Document{ID: "long", Text: b.String(), DCT: seeds[0].DCT, DCTOrigin: seeds[0].DCTOrigin}
	toks := token.Tokenize(long.Text)
	if n := len(token.Sentences(long.Text, toks)); n < max(minAheadSentences, 3*256) {
		t.Fatalf("the long document has %d sentences: too few to be shared among 3 workers", n)
	}
	var want []byte
	for _, j := range []int{1, 3} {
		tl, errs := Build([]document.Document{long}, Options{Jobs: j})
		if tl == nil || len(errs) > 0 {
			t.Fatal(errs)
		}
		got, err := json.Marshal(tl)
		if err != nil {
			t.Fatal(err)
		}
		if want == nil {
			want = got
			if len(tl.Events) == 0 {
				t.Fatal("no events built")
			}
			continue
		}
		if string(got) != string(want) {
			t.Errorf("-j %d gives another timeline than -j 1", j)
		}
	}
}
