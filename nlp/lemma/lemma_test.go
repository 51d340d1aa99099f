package lemma

import (
	"bytes"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// toyTrain builds sentences of "form/XPOS/lemma" words.
func toyTrain(t testing.TB) []conllu.Sentence {
	var out []conllu.Sentence
	for _, line := range []string{
		"dogs/NNS/dog cats/NNS/cat houses/NNS/house boxes/NNS/box knees/NNS/knee",
		"cities/NNS/city parties/NNS/party stories/NNS/story",
		"walked/VBD/walk talked/VBD/talk jumped/VBD/jump played/VBD/play",
		"baked/VBD/bake liked/VBD/like hoped/VBD/hope",
		"went/VBD/go went/VBD/go mice/NNS/mouse",
		"The/DT/the John/NNP/John Paris/NNP/Paris",
		"running/VBG/run walking/VBG/walk talking/VBG/talk",
	} {
		var s conllu.Sentence
		for _, w := range strings.Fields(line) {
			p := strings.Split(w, "/")
			s.Tokens = append(s.Tokens, conllu.Token{Form: p[0], XPOS: p[1], Lemma: p[2]})
		}
		out = append(out, s)
	}
	return out
}

func TestRuleOf(t *testing.T) {
	for _, tc := range []struct {
		form, lemma string
		want        rule
	}{
		{"dogs", "dog", rule{casing: lowered, strip: "s"}},
		{"cities", "city", rule{casing: lowered, strip: "ies", add: "y"}},
		{"The", "the", rule{casing: lowered}},
		{"John", "John", rule{casing: asWritten}},
		{"Dogs", "Dog", rule{casing: asWritten, strip: "s"}},
		{"went", "go", rule{casing: lowered, strip: "went", add: "go"}},
	} {
		r := ruleOf(tc.form, tc.lemma)
		if r != tc.want {
			t.Errorf("ruleOf(%q, %q) = %+v, want %+v", tc.form, tc.lemma, r, tc.want)
		}
		if l, ok := r.apply(tc.form); !ok || l != tc.lemma {
			t.Errorf("rule of %q does not give %q back: %q", tc.form, tc.lemma, l)
		}
	}
	if _, ok := (rule{strip: "ies"}).apply("dogs"); ok {
		t.Error("a rule applies to a word without its ending")
	}
}

func TestLemmatize(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MinSuffix = 1
	m, err := Train(toyTrain(t), nil, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ form, tag, want string }{
		{"trees", "NNS", "tree"},     // the plural rule on an unseen word
		{"ladies", "NNS", "lady"},    // -ies → -y
		{"bumped", "VBD", "bump"},    // -ed
		{"went", "VBD", "go"},        // an exception
		{"mice", "NNS", "mouse"},     // an exception
		{"Berlin", "NNP", "Berlin"},  // proper nouns keep their capitals
		{"Dogs", "NNS", "dog"},       // others are lowercased
		{"THE", "DT", "the"},         // seen lowercased
		{"quickly", "RB", "quickly"}, // unseen tag: the word itself
		{"singing", "VBG", "sing"},   // -ing
		{"liked", "VBD", "like"},     // seen
	} {
		if got := m.Lemma(tc.form, tc.tag); got != tc.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", tc.form, tc.tag, got, tc.want)
		}
	}
	s := conllu.Sentence{Tokens: []conllu.Token{{Form: "Cities", UPOS: "NOUN", XPOS: "NNS"}, {Form: "went", UPOS: "VERB", XPOS: "VBD"}}}
	m.Lemmatize(&s)
	if s.Tokens[0].Lemma != "city" || s.Tokens[1].Lemma != "go" {
		t.Errorf("Lemmatize: %q %q", s.Tokens[0].Lemma, s.Tokens[1].Lemma)
	}
}

// TestKnownLemmaPreferred checks that of two rules for an ending, the one
// making a lemma seen in training wins: "-ed" is the usual rule for "aked"
// words here, but "baked" → "bake" is known.
func TestKnownLemmaPreferred(t *testing.T) {
	var train []conllu.Sentence
	add := func(form, lemma string, n int) {
		for range n {
			train = append(train, conllu.Sentence{Tokens: []conllu.Token{{Form: form, XPOS: "VBD", Lemma: lemma}}})
		}
	}
	add("leaked", "leak", 3)
	add("soaked", "soak", 3)
	add("make", "make", 1)
	train[len(train)-1].Tokens[0].XPOS = "VB"
	add("faked", "fake", 1)
	m, err := Train(train, nil, Config{MaxSuffix: 4, MinSuffix: 1, MinException: 100}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Lemma("maked", "VBD"); got != "make" {
		t.Errorf("maked → %q, want make (a known lemma)", got)
	}
	if got := m.Lemma("croaked", "VBD"); got != "croak" {
		t.Errorf("croaked → %q, want croak (the usual rule)", got)
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	m, err := Train(toyTrain(t), nil, DefaultConfig(), nil)
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
	for _, w := range []string{"went", "trees", "Paris", "ladies"} {
		if a, b := m.Lemma(w, "NNS"), m2.Lemma(w, "NNS"); a != b {
			t.Errorf("%s: decoded %q, trained %q", w, b, a)
		}
	}
	m3, _ := Train(toyTrain(t), nil, DefaultConfig(), nil)
	var third bytes.Buffer
	m3.WriteTo(&third)
	if !bytes.Equal(buf.Bytes(), third.Bytes()) {
		t.Error("training twice gives different models")
	}
	if _, err := Read(bytes.NewReader(buf.Bytes()[:buf.Len()-3])); err == nil {
		t.Error("a truncated model decodes")
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train(nil, nil, DefaultConfig(), nil); err == nil {
		t.Error("no error without lemmas")
	}
	if _, err := Train(toyTrain(t), nil, Config{MaxSuffix: -1}, nil); err == nil {
		t.Error("no error for a negative MaxSuffix")
	}
}

func FuzzRead(f *testing.F) {
	m, err := Train(toyTrain(f), nil, DefaultConfig(), nil)
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
		m.Lemma("cities", "NNS")
		m.Lemma("", "")
	})
}

func BenchmarkLemmatize(b *testing.B) {
	m, err := Train(toyTrain(b), nil, DefaultConfig(), nil)
	if err != nil {
		b.Fatal(err)
	}
	s := conllu.Sentence{Tokens: []conllu.Token{
		{Form: "The", XPOS: "DT"}, {Form: "cities", XPOS: "NNS"}, {Form: "went", XPOS: "VBD"},
		{Form: "walking", XPOS: "VBG"}, {Form: "Paris", XPOS: "NNP"}, {Form: "zebras", XPOS: "NNS"},
	}}
	b.ReportAllocs()
	for b.Loop() {
		m.Lemmatize(&s)
	}
}
