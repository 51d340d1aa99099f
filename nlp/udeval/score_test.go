package udeval

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

const gold = `1	They	they	PRON	PRP	Case=Nom	2	nsubj:pass	_	_
2	met	meet	VERB	VBD	Tense=Past	0	root	_	_
3	Kim	Kim	PROPN	NNP	Number=Sing	2	obj	_	_
4	.	.	PUNCT	.	_	2	punct	_	_

`

const pred = `1	They	they	PRON	PRP	Case=Nom	2	nsubj	_	_
2	met	met	VERB	VBD	Tense=Past	0	root	_	_
3	Kim	Kim	NOUN	NN	Number=Sing	4	obj	_	_
4	.	.	PUNCT	.	_	2	punct	_	_

`

func read(t *testing.T, s string) []conllu.Sentence {
	t.Helper()
	out, err := conllu.Read(strings.NewReader(s), "t")
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestCompare(t *testing.T) {
	s, err := Compare(read(t, gold), read(t, pred))
	if err != nil {
		t.Fatal(err)
	}
	for m, want := range map[string]float64{
		"UPOS": 75, "XPOS": 75, "UFeats": 100, "AllTags": 75, "Lemmas": 75,
		"UAS": 75, "LAS": 75, "LAS+sub": 50,
	} {
		if got := s.Accuracy(m); got != want {
			t.Errorf("%s = %.1f, want %.1f", m, got, want)
		}
	}
	if w := s.Worst("UPOS", 5); len(w) != 1 || w[0] != (Confusion{"PROPN", "NOUN", 1}) {
		t.Errorf("UPOS confusions %v", w)
	}
	if w := s.Worst("DEPREL", 5); len(w) != 1 || w[0].Gold != "nsubj:pass" {
		t.Errorf("DEPREL confusions %v", w)
	}
}

func TestCompareMismatch(t *testing.T) {
	other := strings.Replace(pred, "Kim\tKim", "Kym\tKim", 1)
	if _, err := Compare(read(t, gold), read(t, other)); err == nil || !strings.Contains(err.Error(), `word 3: gold "Kim", predicted "Kym"`) {
		t.Errorf("mismatch error %v", err)
	}
}
