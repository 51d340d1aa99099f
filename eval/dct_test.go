package eval

import (
	"errors"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/diag"
	"github.com/chronograph-news/chronograph/timeline"
)

func TestReadDCTTruth(t *testing.T) {
	in := "# comment\n\na\t2025-03-21\nb 2025-03-21\nc\t2025-13-01\na\t2025-03-22\nd\t2025-07-14\n"
	got, err := ReadDCTTruth(strings.NewReader(in), "truth.tsv")
	if len(got) != 2 || got[0].ID != "a" || got[0].Line != 3 || got[1].ID != "d" {
		t.Errorf("read %+v", got)
	}
	var l diag.List
	if !errors.As(err, &l) || len(l) != 3 {
		t.Fatalf("error %v, want three", err)
	}
	want := []string{"truth.tsv:4: want ID<TAB>", "truth.tsv:5: date \"2025-13-01\"", "truth.tsv:6: article a is already given at line 3"}
	for i, w := range want {
		if !strings.HasPrefix(l[i].Error(), w) {
			t.Errorf("error %d: %v, want it to begin %q", i, l[i], w)
		}
	}
}

func TestScoreDCT(t *testing.T) {
	truth, err := ReadDCTTruth(strings.NewReader("a\t2025-03-21\nb\t2025-03-21\nc\t2025-03-21\nd\t2025-03-21\ne\t2025-03-21\nf\t2025-03-21\n"), "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	docs := []timeline.Document{
		{ID: "a", DCT: "2025-03-21", DCTOrigin: "inferred"},
		{ID: "b", DCT: "2025-03-18", DCTOrigin: "inferred"},
		{ID: "c", DCT: "2025-03-25", DCTOrigin: "inferred"},
		{ID: "d", DCT: "2025-03-28", DCTOrigin: "inferred"},
		{ID: "e", DCTOrigin: "none"},
	}
	r, err := ScoreDCT(truth, docs)
	if err == nil || !strings.Contains(err.Error(), "t.tsv:6: article f was not read") {
		t.Errorf("error %v, want the missing article f named at its line", err)
	}
	classes := map[string]string{}
	for _, x := range r.Results {
		classes[x.ID] = x.Class
	}
	want := map[string]string{"a": DCTRight, "b": DCTNear, "c": DCTWrong, "d": DCTWrong, "e": DCTNone}
	for id, c := range want {
		if classes[id] != c {
			t.Errorf("%s: %q, want %q", id, classes[id], c)
		}
	}
	if r.Right != 1 || r.Near != 1 || r.Wrong != 2 || r.None != 1 || r.Far != 1 {
		t.Errorf("totals %+v", r)
	}
}

// TestScoreDCTInterval: an inferred interval is judged by its day
// furthest from the truth.
func TestScoreDCTInterval(t *testing.T) {
	truth, err := ReadDCTTruth(strings.NewReader("a\t2025-03-21\nb\t2025-03-21\nc\t2025-03-21\nd\t2025-03-21\ne\t2025-03-21\n"), "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	docs := []timeline.Document{
		{ID: "a", DCTRange: "2025-03-19/2025-03-23", DCTOrigin: "inferred"}, // every day within 3 of the truth
		{ID: "b", DCTRange: "2025-03", DCTOrigin: "inferred"},               // a month that holds it
		{ID: "c", DCTRange: "2025-03-22/2025-12-31", DCTOrigin: "inferred"}, // misses it by a day
		{ID: "d", DCTRange: "2025-05", DCTOrigin: "inferred"},               // misses it by weeks
		{ID: "e", DCTRange: "2025-03-23/2025-03-21", DCTOrigin: "inferred"}, // malformed: none
	}
	r, err := ScoreDCT(truth, docs)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		class string
		off   int
	}{"a": {DCTNear, -2}, "b": {DCTHolds, -20}, "c": {DCTWrong, 285}, "d": {DCTWrong, 71}, "e": {DCTNone, 0}}
	for _, x := range r.Results {
		if w := want[x.ID]; x.Class != w.class || x.DaysOff != w.off {
			t.Errorf("%s: %s %+d, want %s %+d", x.ID, x.Class, x.DaysOff, w.class, w.off)
		}
	}
	if r.Near != 1 || r.Holds != 1 || r.Wrong != 2 || r.None != 1 || r.Far != 1 {
		t.Errorf("totals %+v", r)
	}
}

func FuzzReadDCTTruth(f *testing.F) {
	f.Add("a\t2025-03-21\n# x\n")
	f.Add("\t\t\n\x00")
	f.Fuzz(func(t *testing.T, s string) {
		got, _ := ReadDCTTruth(strings.NewReader(s), "f")
		for _, x := range got {
			if x.ID == "" || x.Line < 1 || x.Date.IsZero() {
				t.Fatalf("bad record %+v", x)
			}
		}
	})
}
