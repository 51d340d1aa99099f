package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestTally: a mention counting several rounds of talks is none of them:
// it joins no visit or meeting sharing its host, and alone, undated, it is
// dropped; two tellings of one tally still merge.
func TestTally(t *testing.T) {
	o := guardOpts()
	o.Affiliation["person:lindqvist"] = "country:SWE"
	visit := mention("a", 1, event.Visit, "2025-03-21", "person:lindqvist")
	tally := func(doc string, sent int, n float64) event.Mention {
		m := mention(doc, sent, event.Meeting, "", "country:SWE")
		m.Trigger, m.Noun = "talks", true
		m.Quantities = []event.Quantity{{Min: n, Max: n, Unit: "rounds", Text: "rounds"}}
		return m
	}
	dated := tally("a", 3, 4)
	dated.Time, dated.Basis = tx("2025-03-21"), event.Explicit
	tests := []mergeCase{
		{
			"a tally of talks the country hosted is not its leader's visit",
			[]event.Mention{visit, dated},
			[]string{"2025-03-21 meeting a", "2025-03-21 visit a"},
		},
		{
			"an undated tally alone is dropped",
			[]event.Mention{visit, tally("a", 3, 4)},
			[]string{"2025-03-21 visit a"},
		},
		{
			"one round is one meeting",
			[]event.Mention{visit, tally("a", 3, 1)},
			[]string{"2025-03-21 visit a"},
		},
	}
	checkMerges(t, o, tests)
	copied := dated
	copied.Doc, copied.Sentence = "b", 2
	if n := len(Merge([]event.Mention{dated, copied}, o)); n != 1 {
		t.Errorf("two tellings of one tally: %d events, want 1", n)
	}
}
