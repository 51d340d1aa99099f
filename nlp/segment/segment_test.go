package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// treebank is a small hand-made CoNLL-U file: two documents, a paragraph
// break, SpaceAfter=No, a multiword token whose words concatenate to its
// surface ("don't") and one whose words do not ("won't" = "will" "not").
const treebank = `# newdoc id = d1
# newpar
# text = I don't know.
1	I	I	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	3	aux	_	_
3	n't	not	PART	RB	_	3	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# text = Yes
1	Yes	yes	INTJ	UH	_	0	root	_	_

# newpar
# text = He won't.
1	He	he	PRON	PRP	_	0	root	_	_
2-3	won't	_	_	_	_	_	_	_	SpaceAfter=No
2	will	will	AUX	MD	_	1	aux	_	_
3	not	not	PART	RB	_	1	advmod	_	_
4	.	.	PUNCT	.	_	1	punct	_	_

# newdoc id = d2
# text = Bye!
1	Bye	bye	INTJ	UH	_	0	root	_	SpaceAfter=No
2	!	!	PUNCT	.	_	1	punct	_	_

`

func readTreebank(t testing.TB, s string) []conllu.Sentence {
	t.Helper()
	sents, err := conllu.Read(strings.NewReader(s), "test.conllu")
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func spanTexts(text string, spans []Span) string {
	var s []string
	for _, sp := range spans {
		s = append(s, text[sp.Start:sp.End])
	}
	return strings.Join(s, "|")
}

func TestDocuments(t *testing.T) {
	docs := Documents(readTreebank(t, treebank))
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	d := docs[0]
	if want := "I don't know. Yes\n\nHe won't."; d.Text != want || d.ID != "d1" {
		t.Errorf("document %q text %q, want d1 %q", d.ID, d.Text, want)
	}
	if got, want := spanTexts(d.Text, d.Words), "I|do|n't|know|.|Yes|He|won't|won't|."; got != want {
		t.Errorf("words %s, want %s", got, want)
	}
	if got, want := spanTexts(d.Text, d.Sents), "I don't know.|Yes|He won't."; got != want {
		t.Errorf("sentences %s, want %s", got, want)
	}
	if docs[1].Text != "Bye!" || docs[1].ID != "d2" {
		t.Errorf("second document %q %q", docs[1].ID, docs[1].Text)
	}
}

func TestSpacesAfter(t *testing.T) {
	tb := "# text = a b\n1\ta\ta\tX\tX\t_\t0\troot\t_\tSpacesAfter=\\n\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n\n"
	d := Documents(readTreebank(t, tb))
	if len(d) != 1 || d[0].Text != "a\nb" {
		t.Fatalf("documents %+v, want text %q", d, "a\nb")
	}
}

func TestScore(t *testing.T) {
	gold := readTreebank(t, treebank)
	// a splitter that gets document d1 half right: it splits on spaces
	// only and finds one sentence per document.
	split := func(text string) (words, sents []Span) {
		start := 0
		for i := 0; i <= len(text); i++ {
			if i == len(text) || text[i] == ' ' || text[i] == '\n' {
				if i > start {
					words = append(words, Span{start, i})
				}
				start = i + 1
			}
		}
		return words, []Span{{0, len(text)}}
	}
	s := Score(gold, split)
	// gold words: 10 in d1, 2 in d2; system: I don't know. Yes He won't. | Bye!
	// right: "I" "Yes" "He" = 3.
	if want := (Counts{Gold: 12, System: 7, Correct: 3}); s.Words != want {
		t.Errorf("words %+v, want %+v", s.Words, want)
	}
	// gold sentences: 3 + 1; system 2, of which "Bye!" is right.
	if want := (Counts{Gold: 4, System: 2, Correct: 1}); s.Sentences != want {
		t.Errorf("sentences %+v, want %+v", s.Sentences, want)
	}
	if p, r, f := s.Sentences.Precision(), s.Sentences.Recall(), s.Sentences.F1(); p != 0.5 || r != 0.25 || f != 1.0/3 {
		t.Errorf("P %v R %v F1 %v, want 0.5 0.25 0.333", p, r, f)
	}
	if got := s.Sentences.String(); got != "P 50.00 R 25.00 F1 33.33" {
		t.Errorf("String() = %q", got)
	}
}

func TestMatchShared(t *testing.T) {
	// words sharing one span ("won't" = will + not) match at most twice.
	gold := []Span{{0, 5}, {0, 5}, {5, 6}}
	tests := []struct {
		sys  []Span
		want int
	}{
		{[]Span{{0, 5}, {5, 6}}, 2},
		{[]Span{{0, 5}, {0, 5}, {0, 5}, {5, 6}}, 3},
		{[]Span{{0, 2}, {2, 5}, {5, 6}}, 1},
		{nil, 0},
	}
	for _, tt := range tests {
		if c := match(gold, tt.sys); c.Correct != tt.want || c.Gold != 3 || c.System != len(tt.sys) {
			t.Errorf("match(%v) = %+v, want %d right", tt.sys, c, tt.want)
		}
	}
	if (Counts{}).F1() != 0 || (Counts{}).Precision() != 0 {
		t.Error("empty counts must score 0, not NaN")
	}
}

func TestProject(t *testing.T) {
	text := "I don't know. Mail jo@enron.com now!"
	words, sents := Project(text)
	if got, want := spanTexts(text, words), "I|do|n't|know|.|Mail|jo@enron.com|now|!"; got != want {
		t.Errorf("words %s, want %s", got, want)
	}
	if got, want := spanTexts(text, sents), "I don't know.|Mail jo@enron.com now!"; got != want {
		t.Errorf("sentences %s, want %s", got, want)
	}
	lw, _ := Legacy(text)
	if got, want := spanTexts(text, lw), "I|do|n't|know|.|Mail|jo|@|enron|.|com|now|!"; got != want {
		t.Errorf("legacy words %s, want %s", got, want)
	}
	// the project's splitter scores perfectly on the hand-made treebank
	// but for "won't", whose words share a span.
	s := Score(readTreebank(t, treebank), Project)
	if want := (Counts{Gold: 12, System: 12, Correct: 10}); s.Words != want {
		t.Errorf("words %+v, want %+v", s.Words, want)
	}
	if s.Sentences.Correct != 4 {
		t.Errorf("sentences %+v, want 4 right", s.Sentences)
	}
}

// floors are the least F1 (in %) that Project must reach on the test
// splits of the treebanks, slightly under the figures measured when it
// was built, so that a regression fails.
var floors = []struct {
	file            string
	words, sentence float64
}{
	{"ewt/test.conllu", 99.0, 83.5},
	{"gum-ccby/test.conllu", 99.5, 95.8},
}

func TestTreebankFloors(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "ud")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no treebanks at", dir)
	}
	for _, f := range floors {
		b, err := os.ReadFile(filepath.Join(dir, f.file))
		if err != nil {
			t.Fatal(err)
		}
		gold := readTreebank(t, string(b))
		s := Score(gold, Project)
		t.Logf("%s: words %s; sentences %s", f.file, s.Words, s.Sentences)
		if w := 100 * s.Words.F1(); w < f.words {
			t.Errorf("%s: word F1 %.2f < %.2f", f.file, w, f.words)
		}
		if w := 100 * s.Sentences.F1(); w < f.sentence {
			t.Errorf("%s: sentence F1 %.2f < %.2f", f.file, w, f.sentence)
		}
	}
}

// FuzzDocuments checks that the spans rebuilt from any CoNLL-U input are
// in bounds and ordered, and that scoring them against themselves is
// perfect.
func FuzzDocuments(f *testing.F) {
	f.Add(treebank)
	f.Add("1-3\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		sents, _ := conllu.Read(strings.NewReader(s), "fuzz")
		for _, d := range Documents(sents) {
			for _, spans := range [][]Span{d.Words, d.Sents} {
				prev := 0
				for _, sp := range spans {
					if sp.Start < prev || sp.End < sp.Start || sp.End > len(d.Text) {
						t.Fatalf("span %v (prev %d) out of order in %q", sp, prev, d.Text)
					}
					prev = sp.Start
				}
			}
			self := ScoreDoc(d, func(string) ([]Span, []Span) { return d.Words, d.Sents })
			if self.Words.Correct != len(d.Words) || self.Sentences.Correct != len(d.Sents) {
				t.Fatalf("self-score %+v", self)
			}
		}
	})
}
