package ner

import (
	"slices"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// gumWord is one word of a hand-made GUM sentence.
type gumWord struct {
	form, upos, xpos string
	head             int
	entity           string
}

func gumSentence(ws ...gumWord) conllu.Sentence {
	var s conllu.Sentence
	for _, w := range ws {
		misc := "_"
		if w.entity != "" {
			misc = "Entity=" + w.entity
		}
		s.Tokens = append(s.Tokens, conllu.Token{Form: w.form, UPOS: w.upos, XPOS: w.xpos, Head: w.head, Misc: misc})
	}
	return s
}

func TestFromGUM(t *testing.T) {
	sents := []conllu.Sentence{
		// A person named, then "the man" (not a name), with a nested place.
		gumSentence(
			gumWord{"President", "PROPN", "NNP", 3, "(1-person-new-sssss-cf1-1,2,3-coref-Joe_Biden"},
			gumWord{"Joe", "PROPN", "NNP", 3, ""},
			gumWord{"Biden", "PROPN", "NNP", 4, "1)"},
			gumWord{"met", "VERB", "VBD", 0, ""},
			gumWord{"the", "DET", "DT", 6, "(2-person-new-sssss-cf2-2-sgl"},
			gumWord{"man", "NOUN", "NN", 4, "2)"},
			gumWord{"in", "ADP", "IN", 8, ""},
			gumWord{"Paris", "PROPN", "NNP", 4, "(3-place-new-sssss-cf3-1-coref-Paris)"},
		),
		// An organization whose name has a connector, after a determiner;
		// a group of people is not a name.
		gumSentence(
			gumWord{"The", "DET", "DT", 4, "(4-organization-new-sssss-cf1-4-coref-Bank_of_America"},
			gumWord{"Bank", "PROPN", "NNP", 0, ""},
			gumWord{"of", "ADP", "IN", 4, ""},
			gumWord{"America", "PROPN", "NNP", 2, "(5-place-new-sssss-cf2-1-coref-United_States)4)"},
			gumWord{"hired", "VERB", "VBD", 0, ""},
			gumWord{"Americans", "PROPN", "NNPS", 5, "(6-person-new-sssss-cf3-1-sgl)"},
		),
		// "Paris" acting as an organization: GUM calls it a place
		// elsewhere, so it becomes LOC. Two coordinated persons stay two.
		gumSentence(
			gumWord{"Paris", "PROPN", "NNP", 2, "(7-organization-new-sssss-cf1-1-coref-Paris)"},
			gumWord{"thanked", "VERB", "VBD", 0, ""},
			gumWord{"Ann", "PROPN", "NNP", 2, "(8-person-new-sssss-cf2-1,3-sgl"},
			gumWord{"and", "CCONJ", "CC", 5, ""},
			gumWord{"Bob", "PROPN", "NNP", 3, "8)"},
		),
	}
	FromGUM(sents)
	want := [][]string{
		{"O", "B-PER", "I-PER", "O", "O", "O", "O", "B-LOC"},
		{"O", "B-ORG", "I-ORG", "I-ORG", "O", "O"},
		{"B-LOC", "O", "B-PER", "O", "O"},
	}
	for i := range sents {
		if got := Gold(&sents[i]); !slices.Equal(got, want[i]) {
			t.Errorf("sentence %d: %q, want %q", i+1, got, want[i])
		}
	}
}

func TestGUMMentions(t *testing.T) {
	s := gumSentence(
		gumWord{"a", "DET", "DT", 2, "(1-person-new-x-cf1-1-sgl(2-time-new-x-cf2-1-sgl)"},
		gumWord{"b", "NOUN", "NN", 0, "(3-place-new-x-cf3-1-sgl)1)"},
		gumWord{"c", "NOUN", "NN", 2, "(4-abstract-new-x-cf4-1-sgl"}, // never closed
	)
	got := gumMentions(&s)
	want := []mention{{0, 1, "time"}, {0, 2, "person"}, {1, 2, "place"}}
	slices.SortFunc(got, func(a, b mention) int { return (a.first-b.first)*10 + (a.last - b.last) })
	if !slices.Equal(got, want) {
		t.Errorf("mentions %v, want %v", got, want)
	}
}
