package ner

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// toy builds a labelled sentence from "word/UPOS/label" items (label
// omitted for O).
func toy(items string) conllu.Sentence {
	var s conllu.Sentence
	var labels []string
	for _, it := range strings.Fields(items) {
		f := strings.Split(it, "/")
		l := "O"
		if len(f) > 2 {
			l = f[2]
		}
		s.Tokens = append(s.Tokens, conllu.Token{Form: f[0], UPOS: f[1], XPOS: f[1], Head: -1, Misc: "_"})
		labels = append(labels, l)
	}
	SetLabels(&s, labels)
	return s
}

// toyCorpus is a small training set: persons, places and organizations
// in a few frames.
func toyCorpus() []conllu.Sentence {
	pers := [][2]string{{"Anna", "Berg"}, {"Tom", "Hale"}, {"Lisa", "Marsh"}, {"Paul", "Dent"}}
	locs := []string{"Oslo", "Lima", "Perth", "Quito"}
	orgs := []string{"Acme", "Globex", "Initech", "Umbrella"}
	var out []conllu.Sentence
	for i := range 4 {
		p, l, o := pers[i], locs[(i+1)%4], orgs[(i+2)%4]
		out = append(out,
			toy(fmt.Sprintf("%s/PROPN/B-PER %s/PROPN/I-PER said/VERB that/SCONJ %s/PROPN/B-ORG Corp/PROPN/I-ORG moved/VERB to/ADP %s/PROPN/B-LOC ./PUNCT",
				p[0], p[1], o, l)),
			toy(fmt.Sprintf("we/PRON flew/VERB to/ADP %s/PROPN/B-LOC with/ADP %s/PROPN/B-PER ./PUNCT", l, p[0])),
			toy(fmt.Sprintf("the/DET shares/NOUN of/ADP %s/PROPN/B-ORG Corp/PROPN/I-ORG fell/VERB ./PUNCT", o)),
			toy("the/DET weather/NOUN was/AUX nice/ADJ today/NOUN ./PUNCT"),
		)
	}
	return out
}

func trainToy(t testing.TB) *Model {
	cfg := DefaultConfig()
	cfg.Epochs = 10
	m, err := Train(toyCorpus(), nil, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainLabels(t *testing.T) {
	m := trainToy(t)
	// New combinations of known names in known frames.
	s := toy("Tom/PROPN Hale/PROPN said/VERB that/SCONJ Acme/PROPN Corp/PROPN moved/VERB to/ADP Quito/PROPN ./PUNCT")
	want := []string{"B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"}
	if got := m.Label(&s); !slices.Equal(got, want) {
		t.Errorf("Label = %q, want %q", got, want)
	}
	if got := m.Evaluate(toyCorpus()).Micro.F1(); got < 95 {
		t.Errorf("training-set F1 %.1f, want ≥ 95", got)
	}
	if got := m.Label(&conllu.Sentence{}); len(got) != 0 {
		t.Errorf("empty sentence: %q", got)
	}
}

func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if _, err := trainToy(t).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	trainToy(t).WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings on the same data give different models")
	}
}

func TestTrainErrors(t *testing.T) {
	unlabelled := []conllu.Sentence{{Tokens: []conllu.Token{{Form: "x", Misc: "_"}}}}
	if _, err := Train(unlabelled, nil, DefaultConfig(), nil); err == nil {
		t.Error("no error without labelled sentences")
	}
	if _, err := Train(toyCorpus(), nil, Config{}, nil); err == nil {
		t.Error("no error with zero epochs")
	}
}

func TestTrainSelfTrainAndDev(t *testing.T) {
	train := toyCorpus()
	// Unlabelled sentences only feed the word statistics and, with
	// SelfTrain, the second round.
	u := toy("Anna/PROPN Berg/PROPN flew/VERB to/ADP Lima/PROPN ./PUNCT")
	for i := range u.Tokens {
		u.Tokens[i].Misc = "_"
	}
	train = append(train, u)
	var log strings.Builder
	cfg := DefaultConfig()
	cfg.Epochs, cfg.SelfTrain = 5, true
	m, err := Train(train, toyCorpus(), cfg, &log)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "dev F1") || strings.Count(log.String(), "epoch 1:") != 2 {
		t.Errorf("log lacks dev scores or the second round:\n%s", log.String())
	}
	if got := m.Evaluate(toyCorpus()).Micro.F1(); got < 95 {
		t.Errorf("training-set F1 %.1f, want ≥ 95", got)
	}
}

func TestWriteRead(t *testing.T) {
	m := trainToy(t)
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo = %d, %v; wrote %d", n, err, buf.Len())
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
	for _, s := range toyCorpus() {
		if a, b := m.Label(&s), m2.Label(&s); !slices.Equal(a, b) {
			t.Errorf("decoded model labels %q, original %q", b, a)
		}
	}
	// Every truncation is an error, never a panic or a half model.
	for i := 0; i < buf.Len(); i += 1 + i/50 {
		if _, err := Read(bytes.NewReader(buf.Bytes()[:i])); err == nil {
			t.Errorf("truncated to %d bytes: no error", i)
		}
	}
	if _, err := Read(strings.NewReader("CGPM\x01")); err == nil {
		t.Error("a bare perceptron model read as a name finder")
	}
}

func FuzzRead(f *testing.F) {
	var buf bytes.Buffer
	trainToy(f).WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte(modelMagic + "\x01\x01a\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Read(bytes.NewReader(b))
		if err != nil {
			return
		}
		s := toy("Anna/PROPN Berg/PROPN flew/VERB to/ADP Lima/PROPN ./PUNCT")
		if got := m.Label(&s); len(got) != len(s.Tokens) {
			t.Fatalf("%d labels for %d tokens", len(got), len(s.Tokens))
		}
	})
}

// BenchmarkLabel labels a sentence of 20 words; set NER_MODEL to a model
// file (scratch/ner/ner.bin) to measure the full model rather than a toy.
func BenchmarkLabel(b *testing.B) {
	var m *Model
	if path := os.Getenv("NER_MODEL"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		m, err = Read(f)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
	} else {
		m = trainToy(b)
	}
	s := toy("Yesterday/NOUN Tom/PROPN Hale/PROPN of/ADP Acme/PROPN Corp/PROPN said/VERB that/SCONJ the/DET office/NOUN in/ADP " +
		"Quito/PROPN would/AUX close/VERB before/ADP the/DET end/NOUN of/ADP March/PROPN ,/PUNCT sadly/ADV")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m.Label(&s)
	}
	b.ReportMetric(float64(b.N*len(s.Tokens))/b.Elapsed().Seconds(), "tokens/s")
}

func TestTrainingSet(t *testing.T) {
	gum := []conllu.Sentence{gumSentence(
		gumWord{"Paris", "PROPN", "NNP", 0, "(1-place-new-x-cf1-1-coref-Paris)"},
	)}
	ewt := []conllu.Sentence{words("e1", "hello")}
	uner := []conllu.Sentence{toy("Ann/PROPN/B-PER ran/VERB")}
	tagged := 0
	got := TrainingSet(gum, ewt, uner, func(s *conllu.Sentence) {
		tagged++
		s.Tokens[0].UPOS = "X"
	})
	if len(got) != 2+unerCopies || tagged != unerCopies {
		t.Fatalf("%d sentences, %d tagged; want %d, %d", len(got), tagged, 2+unerCopies, unerCopies)
	}
	if Labelled(&got[0]) || !Labelled(&got[1]) || Gold(&got[1])[0] != "B-LOC" {
		t.Errorf("EWT labelled or GUM not: %q %q", got[0].Tokens[0].Misc, got[1].Tokens[0].Misc)
	}
	if got[2].Tokens[0].UPOS != "X" || uner[0].Tokens[0].UPOS != "PROPN" {
		t.Error("the UNER copies are not retagged, or the input was modified")
	}
}

// TestTrainBags checks that bagged training is deterministic, learns the
// toy corpus, and gives another model than one perceptron (the weights of
// several visiting orders averaged).
func TestTrainBags(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Epochs, cfg.SelfTrain = 3, false
	enc := func(bags int) []byte {
		c := cfg
		c.Bags = bags
		m, err := Train(toyCorpus(), nil, c, nil)
		if err != nil {
			t.Fatal(err)
		}
		if f1 := m.Evaluate(toyCorpus()).Micro.F1(); f1 < 95 {
			t.Errorf("%d bags: training-set F1 %.1f, want ≥ 95", bags, f1)
		}
		var b bytes.Buffer
		m.WriteTo(&b)
		return b.Bytes()
	}
	three := enc(3)
	if !bytes.Equal(three, enc(3)) {
		t.Error("two bagged trainings on the same data differ")
	}
	if bytes.Equal(three, enc(1)) {
		t.Error("three bags give the model of one")
	}
}
