package pipeline

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/timex"
)

// storySilverDir holds the TempEval-3 silver news articles, outside the
// repository; the calibration test skips when it is absent.
const storySilverDir = "../../shared/data/tempeval3/TE3-Silver"

// silverStories reads the TE3-Silver articles and indexes their stories,
// each article's signature, DCT and id at its index; it skips the test in
// short mode or without the articles.
func silverStories(t *testing.T) (docs []document.Document, sigs []StorySig, dcts []time.Time, ids []string, x *storyIndex) {
	t.Helper()
	if testing.Short() {
		t.Skip("reads the 2,452 TE3-Silver articles")
	}
	if _, err := os.Stat(storySilverDir); err != nil {
		t.Skip("no TE3-Silver articles at", storySilverDir)
	}
	docs, errs := document.ReadPaths([]string{storySilverDir}, nil)
	if len(errs) > 0 || len(docs) == 0 {
		t.Fatalf("reading %s: %d documents, errors %v", storySilverDir, len(docs), errs)
	}
	sigs = make([]StorySig, len(docs))
	dcts = make([]time.Time, len(docs))
	ids = make([]string, len(docs))
	for i := range docs {
		sigs[i], dcts[i], ids[i] = storyTerms(docs[i].Text), docs[i].DCT, docs[i].ID
	}
	return docs, sigs, dcts, ids, newStoryIndex(sigs, dcts, ids)
}

// TestStoryLeaveOneOut is the calibration of the story evidence's
// thresholds: each TE3-Silver article is read undated among the others,
// dated, and the days its story gives are compared with its DCT. No day
// may be more than eval's near (3 days) off, and some must be right.
func TestStoryLeaveOneOut(t *testing.T) {
	docs, sigs, dcts, ids, x := silverStories(t)
	right, near := 0, 0
	for i := range docs {
		ev := x.story(sigs[i], ids[i])
		inf, ok := inferDCT(docs[i].Text, timex.Tag(docs[i].Text, time.Time{}), nil, nil, ev)
		if !ok || !strings.Contains(inf.Reason, "of its story") {
			continue
		}
		switch off := inf.DCT.Sub(day(dcts[i])).Hours() / 24; {
		case off == 0:
			right++
		case off >= -3 && off <= 3:
			near++
		default:
			t.Errorf("%s dated %s, %+.0f days off its DCT: %s", ids[i], dateOnly(inf.DCT), off, inf.Reason)
		}
	}
	t.Logf("%d articles: %d dated by their story on the day, %d within 3 days", len(docs), right, near)
	if right < 15 {
		t.Errorf("only %d articles dated right by their story, want 15 or more", right)
	}
}

// TestDCTLeaveOneOut reads each TE3-Silver article undated among the
// others, with its text and its story (no events), and checks every
// inference against its DCT: none may be eval's far (7 days or more
// outside it), besides the offices' intervals of two known articles (a
// ruler named by the title he lost; a coming year told without a future
// cue).
func TestDCTLeaveOneOut(t *testing.T) {
	docs, sigs, dcts, ids, x := silverStories(t)
	const farDays = 7
	inferred, holding, officesFar := 0, 0, 0
	for i := range docs {
		inf, ok := inferDCT(docs[i].Text, timex.Tag(docs[i].Text, time.Time{}), nil, nil, x.story(sigs[i], ids[i]))
		if !ok {
			continue
		}
		inferred++
		truth := day(dcts[i])
		before, after := truth.Sub(inf.Latest).Hours()/24, inf.Earliest.Sub(truth).Hours()/24
		switch {
		case before < farDays && after < farDays:
			if before <= 0 && after <= 0 {
				holding++
			}
		case strings.Contains(inf.Reason, "the offices of"):
			officesFar++
			t.Logf("%s (DCT %s): %s..%s, %s", ids[i], dateOnly(truth), dateOnly(inf.Earliest), dateOnly(inf.Latest), inf.Reason)
		default:
			t.Errorf("%s (DCT %s) inferred %s..%s, 7 days or more off: %s", ids[i], dateOnly(truth), dateOnly(inf.Earliest), dateOnly(inf.Latest), inf.Reason)
		}
	}
	t.Logf("%d articles: %d inferred, %d holding their DCT, %d offices' intervals far off", len(docs), inferred, holding, officesFar)
	if officesFar > 2 {
		t.Errorf("%d offices' intervals far off, want 2 at most", officesFar)
	}
}
