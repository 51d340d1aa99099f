package ner

import (
	"slices"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

func TestSpans(t *testing.T) {
	tests := []struct {
		labels []string
		want   []Span
	}{
		{[]string{"O", "O"}, nil},
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{[]string{"B-PER", "B-PER"}, []Span{{0, 1, "PER"}, {1, 2, "PER"}}},
		// An I- that continues nothing, or another type, starts a name.
		{[]string{"I-ORG", "I-ORG"}, []Span{{0, 2, "ORG"}}},
		{[]string{"B-PER", "I-ORG"}, []Span{{0, 1, "PER"}, {1, 2, "ORG"}}},
		{[]string{"B-LOC", "O", "I-LOC"}, []Span{{0, 1, "LOC"}, {2, 3, "LOC"}}},
		// Malformed labels count as O.
		{[]string{"B-", "X-PER", "B-PER"}, []Span{{2, 3, "PER"}}},
	}
	for _, tt := range tests {
		if got := Spans(tt.labels); !slices.Equal(got, tt.want) {
			t.Errorf("Spans(%q) = %v, want %v", tt.labels, got, tt.want)
		}
	}
}

func TestLabels(t *testing.T) {
	got := Labels([]Span{{1, 3, "ORG"}, {2, 4, "PER"}, {4, 5, "LOC"}, {5, 9, "LOC"}}, 5)
	want := []string{"O", "B-ORG", "I-ORG", "O", "B-LOC"}
	if !slices.Equal(got, want) {
		t.Errorf("Labels = %q, want %q (overlapping and out-of-range spans dropped)", got, want)
	}
}

func TestGoldSetLabels(t *testing.T) {
	s := conllu.Sentence{Tokens: []conllu.Token{{Form: "Ann", Misc: "SpaceAfter=No"}, {Form: "runs", Misc: "_"}}}
	if Labelled(&s) {
		t.Error("Labelled before SetLabels")
	}
	SetLabels(&s, []string{"B-PER", "O"})
	if !Labelled(&s) {
		t.Error("not Labelled after SetLabels")
	}
	if s.Tokens[0].Misc != "SpaceAfter=No|NER=B-PER" || s.Tokens[1].Misc != "NER=O" {
		t.Errorf("MISC = %q, %q", s.Tokens[0].Misc, s.Tokens[1].Misc)
	}
	if got := Gold(&s); !slices.Equal(got, []string{"B-PER", "O"}) {
		t.Errorf("Gold = %q", got)
	}
}
