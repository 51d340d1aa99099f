package ner

import (
	"strings"
	"testing"
)

func TestScore(t *testing.T) {
	gold := [][]string{
		{"B-PER", "I-PER", "O", "B-LOC"},
		{"B-ORG", "O", "B-PER"},
	}
	pred := [][]string{
		{"B-PER", "I-PER", "O", "B-ORG"}, // PER right, LOC typed ORG
		{"B-ORG", "I-ORG", "B-PER"},      // ORG too long, PER right
	}
	s := Score(gold, pred)
	want := map[string]Counts{
		"PER": {Correct: 2, Predicted: 2, Gold: 2},
		"LOC": {Correct: 0, Predicted: 0, Gold: 1},
		"ORG": {Correct: 0, Predicted: 2, Gold: 1},
	}
	for typ, w := range want {
		if s.PerType[typ] != w {
			t.Errorf("%s: %+v, want %+v", typ, s.PerType[typ], w)
		}
	}
	if s.Micro != (Counts{Correct: 2, Predicted: 4, Gold: 4}) {
		t.Errorf("micro %+v", s.Micro)
	}
	if p, r, f := s.Micro.Precision(), s.Micro.Recall(), s.Micro.F1(); p != 50 || r != 50 || f != 50 {
		t.Errorf("micro P/R/F1 = %v/%v/%v, want 50", p, r, f)
	}
	if f := s.PerType["PER"].F1(); f != 100 {
		t.Errorf("PER F1 = %v", f)
	}
	var b strings.Builder
	s.WriteTable(&b)
	if !strings.Contains(b.String(), "micro") || !strings.Contains(b.String(), "LOC") {
		t.Errorf("table:\n%s", b.String())
	}
}

func TestScoreMissingPrediction(t *testing.T) {
	s := Score([][]string{{"B-PER"}}, nil)
	if s.Micro != (Counts{Gold: 1}) || s.Micro.F1() != 0 || s.Micro.Precision() != 0 {
		t.Errorf("micro %+v", s.Micro)
	}
}
