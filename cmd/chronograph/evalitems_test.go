package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const evalItemsGold = "testdata/evalitems/gold.jsonl"

// TestEvalItems scores a small item gold (a lead item read from a real
// article, two made-up digest items) and checks the counts per kind and
// split, the misses and the table.
func TestEvalItems(t *testing.T) {
	needSilver(t)
	out, stderr, err := runCmd(t, "", "eval", "items", "--json", "--misses", "--articles", silverTestDir, evalItemsGold)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var got itemsJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(got.Counts) != 9 {
		t.Fatalf("%d counts, want 9", len(got.Counts))
	}
	counts := map[string]itemCountsJSON{}
	for _, c := range got.Counts {
		counts[c.Kind+"/"+c.Split] = c
	}
	if c := counts["lead/dev"]; c.Items != 1 {
		t.Errorf("lead/dev: %+v, want 1 item", c)
	}
	if c := counts["digest/dev"]; c.Items != 1 || c.Found != 1 || c.Recall != 100 {
		t.Errorf("digest/dev: %+v, want the meeting found", c)
	}
	if c := counts["digest/heldout"]; c.Items != 1 || c.Found != 0 {
		t.Errorf("digest/heldout: %+v, want 1 item not found", c)
	}
	if c := counts["all/all"]; c.Items != 3 || c.Found != counts["lead/all"].Found+counts["digest/all"].Found {
		t.Errorf("all/all: %+v", c)
	}
	if got.Missed == nil {
		t.Fatal("no misses listed with --misses")
	}
	var missed []string
	for _, m := range *got.Missed {
		missed = append(missed, m.ID)
	}
	if !strings.Contains(strings.Join(missed, " "), "digest#2") || strings.Contains(strings.Join(missed, " "), "digest#1") {
		t.Errorf("missed %v, want digest#2 and not digest#1", missed)
	}

	// Built together, the three items give the same verdicts here.
	out, stderr, err = runCmd(t, "", "eval", "items", "--json", "--together", "--articles", silverTestDir, evalItemsGold)
	if err != nil {
		t.Fatalf("--together: %v\n%s", err, stderr)
	}
	var tog itemsJSON
	if err := json.Unmarshal([]byte(out), &tog); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for k, c := range tog.Counts {
		if c.Items != got.Counts[k].Items || c.Found != got.Counts[k].Found {
			t.Errorf("--together %s/%s: %d items %d found, alone %d and %d", c.Kind, c.Split, c.Items, c.Found, got.Counts[k].Items, got.Counts[k].Found)
		}
	}

	text, stderr, err := runCmd(t, "", "eval", "items", "--articles", silverTestDir, evalItemsGold)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, want := range []string{"3 items", "digest  recall", share(1, 1), "events/item"} {
		if !strings.Contains(text, want) {
			t.Errorf("table lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "not found") {
		t.Errorf("misses listed without --misses:\n%s", text)
	}
}

// TestEvalItemsErrors: a bad record and a lead whose evidence is not in
// its article are reported at their lines, the rest is scored, and the
// command fails.
func TestEvalItemsErrors(t *testing.T) {
	needSilver(t)
	gold, err := os.ReadFile(evalItemsGold)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(gold)), "\n")
	lines[0] = strings.Replace(lines[0], "Beijing warned", "Peking warned", 1)
	lines[2] = strings.Replace(lines[2], `"kind":"digest"`, `"kind":"brief"`, 1)
	name := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(name, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := runCmd(t, "", "eval", "items", "--articles", silverTestDir, name)
	if err == nil {
		t.Fatalf("no error; stdout:\n%s", out)
	}
	for _, want := range []string{name + ":1: lead#1: evidence not found", name + ":3: digest#2: kind \"brief\""} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if !strings.Contains(out, "2 items") {
		t.Errorf("the readable items not scored:\n%s", out)
	}
}
