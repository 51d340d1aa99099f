package ner

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// Types are the name types the package finds, in the order the model's
// labels list them.
var Types = []string{"PER", "ORG", "LOC"}

// nTypes is len(Types).
const nTypes = 3

// MiscKey is the MISC key that carries a token's IOB2 label.
const MiscKey = "NER"

// Span is one name: the tokens First..Last-1 of a sentence (0-based, Last
// exclusive) and its type ("PER", "ORG", "LOC").
type Span struct {
	First, Last int
	Type        string
}

// Spans returns the names of an IOB2 labelling, in order. An "I-X" that
// does not continue a name of type X starts a new one (the lenient reading
// of CoNLL's evaluation); labels other than "O", "B-X" and "I-X" count as
// "O".
func Spans(labels []string) []Span {
	var out []Span
	open := -1 // index in out of the span being extended, or -1
	for i, l := range labels {
		pre, typ, ok := strings.Cut(l, "-")
		if !ok || typ == "" || (pre != "B" && pre != "I") {
			open = -1
			continue
		}
		if pre == "I" && open >= 0 && out[open].Type == typ && out[open].Last == i {
			out[open].Last = i + 1
			continue
		}
		out = append(out, Span{First: i, Last: i + 1, Type: typ})
		open = len(out) - 1
	}
	return out
}

// Labels returns the IOB2 labelling of n tokens that has the given spans;
// overlapping spans are ignored after the first.
func Labels(spans []Span, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "O"
	}
	for _, s := range spans {
		if s.First < 0 || s.Last > n || s.First >= s.Last {
			continue
		}
		free := true
		for i := s.First; i < s.Last; i++ {
			free = free && out[i] == "O"
		}
		if !free {
			continue
		}
		out[s.First] = "B-" + s.Type
		for i := s.First + 1; i < s.Last; i++ {
			out[i] = "I-" + s.Type
		}
	}
	return out
}

// Gold returns the IOB2 labels stored in the MISC column of s (key
// [MiscKey]), "O" where there is none.
func Gold(s *conllu.Sentence) []string {
	out := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		v, ok := conllu.MiscValue(t.Misc, MiscKey)
		if !ok || v == "" {
			v = "O"
		}
		out[i] = v
	}
	return out
}

// SetLabels stores labels (one per token) in the MISC column of s, key
// [MiscKey], "O" included, so that [Labelled] tells a sentence without
// names from one never labelled. Missing labels count as "O".
func SetLabels(s *conllu.Sentence, labels []string) {
	for i := range s.Tokens {
		v := "O"
		if i < len(labels) {
			v = labels[i]
		}
		s.Tokens[i].Misc = conllu.SetMisc(s.Tokens[i].Misc, MiscKey, v)
	}
}

// Labelled reports whether s carries gold labels: whether its first token
// has the MISC key [MiscKey].
func Labelled(s *conllu.Sentence) bool {
	if len(s.Tokens) == 0 {
		return false
	}
	_, ok := conllu.MiscValue(s.Tokens[0].Misc, MiscKey)
	return ok
}
