package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestGazetteer reads the repository's actor data as the training command
// does: every file is recorded with its checksum and the gazetteer gets
// the actors, the countries library's countries, the Phoenix dictionaries'
// people and organizations and the word lists.
func TestGazetteer(t *testing.T) {
	g, used, err := gazetteer("../../..")
	if err != nil {
		t.Fatal(err)
	}
	if want := len(actorFiles) + 2; len(used) != want { // and the lexicon and Phoenix
		t.Errorf("recorded %d files, want %d", len(used), want)
	}
	for _, d := range used {
		if len(d.SHA256) != 64 || d.Bytes == 0 || d.Origin != "repository" {
			t.Errorf("bad record %+v", d)
		}
	}
	phrases, words := g.Len()
	if phrases < 20000 || words < 50 {
		t.Errorf("gazetteer has %d phrases and %d words, want the countries, actors and word lists", phrases, words)
	}
	if _, _, err := gazetteer("/no/such/repo"); err == nil {
		t.Error("no error for a missing actor folder")
	}
}

func TestArgs(t *testing.T) {
	var stderr bytes.Buffer
	if err := run([]string{"-h"}, &stderr, &stderr); err != nil {
		t.Errorf("-h: %v", err)
	}
	if err := run([]string{"extra"}, &stderr, &stderr); err == nil || !strings.Contains(err.Error(), "unexpected") {
		t.Errorf("extra argument: %v", err)
	}
	if _, _, err := newsLexicon(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no news text") {
		t.Errorf("missing news: %v", err)
	}
	if c, err := parseArgs([]string{"-names-cv", "3"}, &stderr); err != nil || c.namesCV != 3 {
		t.Errorf("-names-cv 3: %+v, %v", c, err)
	}
	if err := run([]string{"-names-cv", "2", "-data", t.TempDir()}, &stderr, &stderr); err == nil {
		t.Error("-names-cv without data: no error")
	}
	if _, err := readCorpus(t.TempDir()); err == nil {
		t.Error("no error for a missing UD folder")
	}
}
