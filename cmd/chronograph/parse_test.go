package main

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// TestParseCoNLLU re-annotates a CoNLL-U file: its sentence ids, comments,
// words and multiword tokens are kept, every column is filled, and the
// output reads back as CoNLL-U.
func TestParseCoNLLU(t *testing.T) {
	out, stderr, err := runCmd(t, "", "parse", "--input", "conllu", "testdata/parse_small.conllu")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	sents, err := conllu.Read(strings.NewReader(out), "out")
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, out)
	}
	in, _ := os.ReadFile("testdata/parse_small.conllu")
	gold, _ := conllu.Read(bytes.NewReader(in), "in")
	if len(sents) != len(gold) {
		t.Fatalf("%d sentences, want %d", len(sents), len(gold))
	}
	for i := range gold {
		if strings.Join(sents[i].Comments, "|") != strings.Join(gold[i].Comments, "|") {
			t.Errorf("comments %q, want %q", sents[i].Comments, gold[i].Comments)
		}
		if strings.Join(sents[i].Forms(), " ") != strings.Join(gold[i].Forms(), " ") || len(sents[i].Multiwords) != len(gold[i].Multiwords) {
			t.Errorf("words changed: %v", sents[i].Forms())
		}
		for _, tok := range sents[i].Tokens {
			if tok.UPOS == "" || tok.XPOS == "" || tok.Lemma == "" || tok.Head < 0 || tok.DepRel == "" {
				t.Errorf("unfilled word %+v", tok)
			}
		}
	}
	if !strings.Contains(out, "NER=B-PER") || !strings.Contains(out, "SpaceAfter=No") {
		t.Errorf("names or MISC lost:\n%s", out)
	}
}

// TestParseTextJSON analyses raw text from stdin: words carry byte offsets
// into the text, and names are spans.
func TestParseTextJSON(t *testing.T) {
	text := "Vladimir Putin visited Pyongyang. He didn't stay long."
	out, stderr, err := runCmd(t, text, "parse", "--format", "json", "-")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var got parseOutput
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Documents) != 1 || len(got.Documents[0].Sentences) != 2 {
		t.Fatalf("want 1 document of 2 sentences:\n%s", out)
	}
	forms := []string{}
	for _, s := range got.Documents[0].Sentences {
		for _, w := range s.Tokens {
			if w.Start == nil || text[*w.Start:*w.End] != w.Form {
				t.Errorf("word %q has offsets %v:%v", w.Form, w.Start, w.End)
			}
			forms = append(forms, w.Form)
		}
	}
	if !strings.Contains(strings.Join(forms, " "), "did n't") {
		t.Errorf("didn't not split as UD does: %v", forms)
	}
	names := got.Documents[0].Sentences[0].Names
	if len(names) == 0 || names[0].Text != "Vladimir Putin" || names[0].Type != "PER" {
		t.Errorf("names %+v", names)
	}
}

// TestParseBadInput: a malformed sentence is reported with file and line,
// the good ones are still written, and the command fails; bad flags are
// usage errors.
func TestParseBadInput(t *testing.T) {
	in, _ := os.ReadFile("testdata/parse_small.conllu")
	bad := "1\tbroken\n\n" + string(in)
	out, stderr, err := runCmd(t, bad, "parse", "--input", "conllu", "-")
	if err == nil || !strings.Contains(stderr, "-:1: 2 columns, want 10") {
		t.Errorf("err %v, stderr %q", err, stderr)
	}
	if strings.Count(out, "# sent_id") != 2 {
		t.Errorf("good sentences not written:\n%s", out)
	}
	for _, args := range [][]string{
		{"parse", "--format", "xml", "-"},
		{"parse", "--input", "pdf", "-"},
		{"parse"},
	} {
		if _, _, err := runCmd(t, "", args...); err != errUsage {
			t.Errorf("%v: err %v, want usage", args, err)
		}
	}
	if _, _, err := runCmd(t, "", "parse", "no/such/file"); err == nil || !strings.Contains(err.Error(), "no/such/file") {
		t.Errorf("missing file: %v", err)
	}
	if _, stderr, _ := runCmd(t, "ok\xff\n", "parse", "-"); !strings.Contains(stderr, "invalid UTF-8") {
		t.Errorf("invalid UTF-8 not reported: %q", stderr)
	}
}

// TestEvalParse scores the small gold file with the built-in models and
// with itself as the system (every metric 100).
func TestEvalParse(t *testing.T) {
	out, stderr, err := runCmd(t, "", "eval", "parse", "testdata/parse_small.conllu", "testdata/parse_small.conllu")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, m := range []string{"UPOS", "LAS", "Lemmas"} {
		if !regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(m) + `\s+100\.00\s`).MatchString(out) {
			t.Errorf("%s not 100 against itself:\n%s", m, out)
		}
	}
	out, stderr, err = runCmd(t, "", "eval", "parse", "testdata/parse_small.conllu")
	if err != nil || !strings.Contains(out, "12 words") || !strings.Contains(out, "UAS") {
		t.Errorf("%v\n%s%s", err, out, stderr)
	}
}

// TestEvalParseRaw scores the tokenizer on the gold file's raw text and
// reports a missing names file by name.
func TestEvalParseRaw(t *testing.T) {
	out, stderr, err := runCmd(t, "", "eval", "parse", "--raw", "testdata/parse_small.conllu")
	if err != nil || !regexp.MustCompile(`words\s+P 100\.00 R 100\.00 F1 100\.00`).MatchString(out) {
		t.Errorf("%v\n%s%s", err, out, stderr)
	}
	if _, _, err := runCmd(t, "", "eval", "parse", "--names", "no/such.iob2", "testdata/parse_small.conllu"); err == nil || !strings.Contains(err.Error(), "no/such.iob2") {
		t.Errorf("missing names file: %v", err)
	}
}
