package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/eval"
	"github.com/chronograph-news/chronograph/timeline"
)

// silverTestDir is the TE3-Silver folder seen from this package.
var silverTestDir = filepath.Join("..", "..", silverDir)

// needSilver skips the test when the shared TE3-Silver articles are absent,
// and fails it in CI, where they must be present.
func needSilver(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(silverTestDir, "AFP_ENG_19970401.0099.tml")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared data missing in CI: %v", err)
		}
		t.Skipf("shared TE3-Silver articles absent (%v); skipping", err)
	}
}

const evalEventsGold = "testdata/evalevents/gold.jsonl"

// TestEvalEvents scores a small gold file over two real articles and
// checks the scores against what chronograph build makes of the same
// articles, and the text table against the JSON.
func TestEvalEvents(t *testing.T) {
	needSilver(t)
	out, stderr, err := runCmd(t, "", "eval", "events", "--json", "--misses", "--articles", silverTestDir, evalEventsGold)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var got struct {
		Splits []struct {
			eval.Counts
			Rates eval.Rates `json:"rates"`
		} `json:"splits"`
		Missed    []eval.Miss `json:"missed_gold"`
		Unmatched []eval.Miss `json:"unmatched_predictions"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(got.Splits) != 3 {
		t.Fatalf("%d splits, want dev, heldout, all", len(got.Splits))
	}
	dev, held, all := got.Splits[0].Counts, got.Splits[1].Counts, got.Splits[2].Counts
	if dev.Split != "dev" || held.Split != "heldout" || all.Split != "all" {
		t.Errorf("splits %s, %s, %s", dev.Split, held.Split, all.Split)
	}
	if dev.Articles != 1 || held.Articles != 1 || all.Articles != 2 || dev.Gold != 5 || held.Gold != 2 || all.Gold != 7 {
		t.Errorf("articles %d/%d/%d, gold %d/%d/%d; want 1/1/2 and 5/2/7",
			dev.Articles, held.Articles, all.Articles, dev.Gold, held.Gold, all.Gold)
	}

	// The predictions are the events chronograph build writes for the
	// same articles, one per event and article.
	dir := t.TempDir()
	if _, stderr, err := runCmd(t, "", "build", "-o", dir, "--formats", "json",
		filepath.Join(silverTestDir, "AFP_ENG_19970401.0099.tml"), filepath.Join(silverTestDir, "AFP_ENG_19970401.0534.tml")); err != nil {
		t.Fatalf("build: %v\n%s", err, stderr)
	}
	b, err := os.ReadFile(filepath.Join(dir, "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatal(err)
	}
	units := map[string]int{}
	for _, e := range tl.Events {
		seen := map[string]bool{}
		for _, s := range e.Sources {
			if !seen[s.Doc] {
				seen[s.Doc] = true
				units[s.Doc]++
			}
		}
	}
	if dev.Predicted != units["AFP_ENG_19970401.0099"] || held.Predicted != units["AFP_ENG_19970401.0534"] || all.Predicted == 0 {
		t.Errorf("predictions %d/%d, build made %v", dev.Predicted, held.Predicted, units)
	}

	for _, c := range []eval.Counts{dev, held, all} {
		if c.Real > c.Predicted || c.Matched > c.Gold || c.Strict > c.Matched || c.FullyRight > c.Real-c.Duplicates ||
			c.Duplicates != c.DupWithin+c.DupAcross {
			t.Errorf("%s: inconsistent counts %+v", c.Split, c)
		}
	}
	if dev.Gold+held.Gold != all.Gold || dev.Matched+held.Matched != all.Matched || dev.Real+held.Real != all.Real {
		t.Errorf("dev + heldout ≠ all: %+v %+v %+v", dev, held, all)
	}
	if all.Matched == 0 {
		t.Errorf("no gold event matched: %+v", all)
	}
	if len(got.Missed) != all.Gold-all.Matched || len(got.Unmatched) != all.Predicted-all.Real {
		t.Errorf("%d missed and %d unmatched listed, want %d and %d",
			len(got.Missed), len(got.Unmatched), all.Gold-all.Matched, all.Predicted-all.Real)
	}
	for _, m := range got.Missed {
		if !strings.HasPrefix(m.Where, evalEventsGold+":") || m.Quote == "" {
			t.Errorf("missed gold without its line or evidence: %+v", m)
		}
	}

	// The table shows the same numbers.
	text, stderr, err := runCmd(t, "", "eval", "events", "--articles", silverTestDir, evalEventsGold)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, want := range []string{
		"2 articles, 7 gold events",
		"recall         " + share(dev.Matched, dev.Gold),
		share(all.Real, all.Predicted),
		share(held.Participants, held.Matched),
		share(all.FullyRight, all.Predicted),
	} {
		if !strings.Contains(text, want) {
			t.Errorf("table lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "unmatched") {
		t.Errorf("misses listed without --misses:\n%s", text)
	}
}

// TestEvalEventsErrors: bad gold records and missing articles are reported
// with their file and line, the rest is scored, and the command fails.
func TestEvalEventsErrors(t *testing.T) {
	needSilver(t)
	gold, err := os.ReadFile(evalEventsGold)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(gold), "\n")
	bad := lines[0] + `{"doc":"X","id":"X#1"}` + "\n" +
		strings.ReplaceAll(lines[1], "AFP_ENG_19970401.0099", "AFP_ENG_19970401.9999")
	path := filepath.Join(t.TempDir(), "bad.jsonl")
	writeFile(t, path, bad)
	out, stderr, err := runCmd(t, "", "eval", "events", "--articles", silverTestDir, path)
	if err == nil {
		t.Fatalf("no error; stdout:\n%s", out)
	}
	for _, want := range []string{
		path + `:2: X#1: split "" is not "dev" or "heldout"`,
		"AFP_ENG_19970401.9999.tml",
		path + ":3: AFP_ENG_19970401.9999#2: article AFP_ENG_19970401.9999 not found",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if !strings.Contains(out, "2 articles, 2 gold events") {
		t.Errorf("the good records were not scored:\n%s", out)
	}
	if _, _, err := runCmd(t, "", "eval", "events"); err != errUsage {
		t.Errorf("no gold file: error %v, want usage", err)
	}
}
