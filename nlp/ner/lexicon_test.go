package ner

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

func TestRateBucket(t *testing.T) {
	tests := []struct {
		k, n int
		want uint8
	}{{0, 10, 1}, {1, 10, 2}, {5, 10, 3}, {9, 10, 4}, {10, 10, 5}}
	for _, tt := range tests {
		if got := rateBucket(tt.k, tt.n); got != tt.want {
			t.Errorf("rateBucket(%d, %d) = %d, want %d", tt.k, tt.n, got, tt.want)
		}
	}
}

func TestBuildLexicon(t *testing.T) {
	sents := []conllu.Sentence{
		toy("Acme/PROPN/B-ORG Corp/PROPN/I-ORG hired/VERB Ann/PROPN/B-PER"),
		toy("Acme/PROPN/B-ORG said/VERB no/INTJ"),
		toy("acme/PROPN/B-ORG is/AUX big/ADJ"),
		toy("Ann/PROPN/B-PER said/VERB no/INTJ"),
		toy("she/PRON said/VERB no/INTJ"),
	}
	shape, names, occ := lexCounts{}, lexCounts{}, map[string]int{}
	for i := range sents {
		s := &sents[i]
		shape.addShape(s)
		names.addNames(s, Gold(s))
		for _, tok := range s.Tokens {
			occ[lower(tok.Form)]++
		}
	}
	lex := buildLexicon(shape, names, occ)
	org, per := typeIndex("ORG"), typeIndex("PER")
	if e := lex["acme"]; e.name != uint8(1+2*org) || e.propn != 5 || e.inName != 5 {
		t.Errorf("acme: %+v, want ORG first word, always PROPN, always in names", e)
	}
	if e := lex["ann"]; e.name != uint8(1+2*per) || e.caps != 0 {
		t.Errorf("ann: %+v, want PER and caps unknown (once away from the start)", e)
	}
	if e := lex["said"]; e.name != 0 || e.caps != 1 || e.propn != 1 || e.inName != 1 {
		t.Errorf("said: %+v, want no name class, never capitalized", e)
	}
	if _, ok := lex["corp"]; ok {
		t.Error("corp (seen once) listed")
	}
}

func lower(s string) string { return strings.ToLower(s) }
