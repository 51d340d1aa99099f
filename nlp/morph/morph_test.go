package morph

import (
	"bytes"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// sentence builds a sentence of "form/UPOS/XPOS/FEATS" words.
func sentence(line string) conllu.Sentence {
	var s conllu.Sentence
	for _, w := range strings.Fields(line) {
		p := strings.Split(w, "/")
		s.Tokens = append(s.Tokens, conllu.Token{Form: p[0], Lemma: strings.ToLower(p[0]), UPOS: p[1], XPOS: p[2], Feats: p[3]})
	}
	return s
}

const (
	past1 = "Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin"
	past3 = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
)

// toyTrain: the person of a past verb follows its subject; nouns are
// singular or plural by their tag alone.
func toyTrain() []conllu.Sentence {
	var out []conllu.Sentence
	for range 4 {
		for _, line := range []string{
			"I/PRON/PRP/Case=Nom|Number=Sing|Person=1|PronType=Prs walked/VERB/VBD/" + past1 + " home/ADV/RB/_",
			"he/PRON/PRP/Case=Nom|Number=Sing|Person=3|PronType=Prs walked/VERB/VBD/" + past3 + " home/ADV/RB/_",
			"I/PRON/PRP/Case=Nom|Number=Sing|Person=1|PronType=Prs sang/VERB/VBD/" + past1,
			"the/DET/DT/_ dog/NOUN/NN/Number=Sing sang/VERB/VBD/" + past3,
			"dogs/NOUN/NNS/Number=Plur run/VERB/VBP/_",
		} {
			out = append(out, sentence(line))
		}
	}
	return out
}

func TestAnnotate(t *testing.T) {
	m, err := Train(toyTrain(), nil, Config{Epochs: 5, Seed: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		line string // form/UPOS/XPOS/wanted FEATS
	}{
		{"I/PRON/PRP/Case=Nom|Number=Sing|Person=1|PronType=Prs jumped/VERB/VBD/" + past1},
		{"the/DET/DT/_ cat/NOUN/NN/Number=Sing jumped/VERB/VBD/" + past3},
		{"cats/NOUN/NNS/Number=Plur"},
		{"hmm/INTJ/UH/_"}, // unknown tags
	} {
		want := sentence(tc.line)
		s := sentence(tc.line)
		for i := range s.Tokens {
			s.Tokens[i].Feats = ""
		}
		m.Annotate(&s)
		for i := range s.Tokens {
			if s.Tokens[i].Feats != want.Tokens[i].Feats {
				t.Errorf("%s: %s got %s", tc.line, s.Tokens[i].Form, s.Tokens[i].Feats)
			}
		}
	}
	if a := m.Evaluate(toyTrain()); a != 100 {
		t.Errorf("training accuracy %.1f%%, want 100", a)
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	m, err := Train(toyTrain(), nil, Config{Epochs: 3, Seed: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	m2.WriteTo(&again)
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("re-encoding a decoded model changes its bytes")
	}
	if a, b := m.Evaluate(toyTrain()), m2.Evaluate(toyTrain()); a != b {
		t.Errorf("decoded model: %.1f%%, trained %.1f%%", b, a)
	}
	m3, _ := Train(toyTrain(), nil, Config{Epochs: 3, Seed: 2}, nil)
	var third bytes.Buffer
	m3.WriteTo(&third)
	if !bytes.Equal(buf.Bytes(), third.Bytes()) {
		t.Error("training twice gives different models")
	}
	if _, err := Read(bytes.NewReader(buf.Bytes()[:buf.Len()/2])); err == nil {
		t.Error("a truncated model decodes")
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train(nil, nil, DefaultConfig(), nil); err == nil {
		t.Error("no error for empty training data")
	}
	if _, err := Train(toyTrain(), nil, Config{}, nil); err == nil {
		t.Error("no error for zero epochs")
	}
}

func FuzzRead(f *testing.F) {
	m, err := Train(toyTrain(), nil, Config{Epochs: 1, Seed: 1}, nil)
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	m.WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Read(bytes.NewReader(b))
		if err != nil {
			return
		}
		s := sentence("I/PRON/PRP/_ walked/VERB/VBD/_")
		m.Annotate(&s)
	})
}

func BenchmarkAnnotate(b *testing.B) {
	m, err := Train(toyTrain(), nil, Config{Epochs: 3, Seed: 1}, nil)
	if err != nil {
		b.Fatal(err)
	}
	s := sentence("the/DET/DT/_ dog/NOUN/NN/_ sang/VERB/VBD/_ I/PRON/PRP/_ walked/VERB/VBD/_ home/ADV/RB/_")
	b.ReportAllocs()
	for b.Loop() {
		m.Annotate(&s)
	}
}
