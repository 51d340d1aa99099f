package ner

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

func testGazetteer(t testing.TB) *Gazetteer {
	g := NewGazetteer()
	for _, p := range []struct {
		name string
		k    PhraseKind
	}{
		{"Ann Berg", PersonName}, {"Berg", PersonName}, {"Acme Widget Company", Organization}, {"Acme", Organization},
		{"Zedland", Country}, {"Zedlander", Demonym}, {"Zed City", Place},
		{strings.Repeat("a ", gazMaxLen+1), Place}, // too long: left out
	} {
		g.AddPhrase(p.name, p.k)
	}
	for _, w := range []struct {
		word string
		c    WordClass
	}{{"Prime Minister", Title}, {"Senator", Title}, {"Ministry", OrgHead}, {"Ann", FirstName}, {"Inc.", CorporateSuffix}} {
		g.AddWord(w.word, w.c)
	}
	return g
}

func TestGazetteerAdd(t *testing.T) {
	g := testGazetteer(t)
	phrases := []struct {
		name string
		want uint8
	}{
		{"ann berg", gazPerson},
		{"berg", gazPerson},
		{"acme widget company", gazOrg},
		{"zedland", gazCountry},
		{"zedlander", gazDemonym},
		{"zed city", gazPlace},
		{"the", 0},
	}
	for _, tt := range phrases {
		if got := g.phrases[tt.name]; got&tt.want != tt.want || (tt.want == 0 && got != 0) {
			t.Errorf("phrase %q: kind %b, want %b", tt.name, got, tt.want)
		}
	}
	if p, _ := g.Len(); p != 7 {
		t.Errorf("%d phrases, want 7 (the over-long one left out)", p)
	}
	words := []struct {
		word string
		want uint8
	}{{"minister", clsTitle}, {"senator", clsTitle}, {"ministry", clsOrgHead}, {"ann", clsFirstName}, {"inc.", clsCorpSuffix}, {"the", 0}, {"prime", 0}}
	for _, tt := range words {
		if got := g.class(tt.word); got != tt.want {
			t.Errorf("class(%q) = %b, want %b", tt.word, got, tt.want)
		}
	}
}

func TestGazetteerMatch(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		text string
		want []gazMatch
	}{
		// The longest match wins; parts follow BILOU.
		{"Acme Widget Company hired Ann Berg", []gazMatch{
			{gazOrg, partB}, {gazOrg, partI}, {gazOrg, partL}, {}, {gazPerson, partB}, {gazPerson, partL}}},
		{"Berg visited Acme", []gazMatch{{gazPerson, partU}, {}, {gazOrg, partU}}},
		// A match must start with a capital.
		{"berg visited acme", []gazMatch{{}, {}, {}}},
		{"a Zedlander in Zed City", []gazMatch{{}, {gazDemonym, partU}, {}, {gazPlace, partB}, {gazPlace, partL}}},
	}
	for _, tt := range tests {
		forms := strings.Fields(tt.text)
		low := strings.Fields(strings.ToLower(tt.text))
		got := make([]gazMatch, len(low))
		if g.match(got, low, forms); !slices.Equal(got, tt.want) {
			t.Errorf("match(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	var none *Gazetteer
	got := make([]gazMatch, 1)
	if none.match(got, []string{"x"}, []string{"X"}); got[0].kind != 0 {
		t.Error("a nil gazetteer matches")
	}
}

// TestGazetteerModel checks that the model keeps the gazetteer and the
// news lexicon it was trained with, and that they reach the features.
func TestGazetteerModel(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Epochs = 10
	cfg.Gazetteer = testGazetteer(t)
	cfg.Lexicon = NewLexicon()
	cfg.Lexicon.AddText("Yesterday Mr. Berg met Mr. Berg and Mr. Berg.")
	m, err := Train(toyCorpus(), nil, cfg, nil)
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
	if p, w := m2.gaz.Len(); p != len(cfg.Gazetteer.phrases) || w != len(cfg.Gazetteer.words) {
		t.Errorf("decoded gazetteer has %d phrases and %d words, want %d and %d", p, w, len(cfg.Gazetteer.phrases), len(cfg.Gazetteer.words))
	}
	// the decoded gazetteer is the one built phrase by phrase, prefixes
	// and longest phrase included
	if !reflect.DeepEqual(m2.gaz, cfg.Gazetteer) {
		t.Errorf("decoded gazetteer %+v, want %+v", m2.gaz, cfg.Gazetteer)
	}
	if e := m2.news["berg"]; e.ctx&(1<<ctxAfterTitle) == 0 {
		t.Errorf("decoded news lexicon: berg = %+v, want the after-title class", e)
	}
	var again bytes.Buffer
	m2.WriteTo(&again)
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("re-encoding a decoded model changes its bytes")
	}
	x := newSentence(nil, &conllu.Sentence{Tokens: toy("we/PRON met/VERB Ann/PROPN Berg/PROPN").Tokens}, m2.words, m2.gaz)
	if g := x.gaz[featWindow+2]; g != (gazMatch{gazPerson, partB}) {
		t.Errorf("sentence gazetteer match of Ann = %v", g)
	}
	if c := x.info[featWindow+2].cls; c != clsFirstName {
		t.Errorf("sentence word class of Ann = %b", c)
	}
}

// TestCachedScoresMatchFeatures checks that labelling from the summed
// word vectors (Model.index) gives, at every position, the scores of
// looking every feature up: known and unknown words, the padding, a
// gazetteer match and a sentence in capitals.
func TestCachedScoresMatchFeatures(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Epochs = 10
	cfg.Gazetteer = testGazetteer(t)
	cfg.Lexicon = NewLexicon()
	cfg.Lexicon.AddText("Yesterday Mr. Berg met Mr. Berg and Mr. Berg.")
	m, err := Train(toyCorpus(), nil, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	cached := 0
	for _, e := range m.words {
		if e.vec >= 0 {
			cached++
		}
	}
	if cached == 0 {
		t.Fatal("no word cached")
	}
	sents := append(toyCorpus(),
		toy("Zork/PROPN Qwerty/PROPN met/VERB Ann/PROPN Berg/PROPN in/ADP Zed/PROPN City/PROPN ./PUNCT"),
		toy("ACME/PROPN CORP/PROPN HIRED/VERB TOM/PROPN"),
		toy("x/X"))
	for _, s := range sents {
		// Every position after every pair of previous classes the
		// constraints allow, scored both ways.
		sc := &scratch{}
		m.prepare(sc, &s)
		x := newSentence(nil, &s, m.words, m.gaz)
		var feats []uint64
		got, want := make([]int32, m.nc), make([]int32, m.nc)
		for i := range x.n {
			for prev1 := -1; prev1 < m.nc; prev1++ {
				for prev2 := -1; prev2 < m.nc; prev2 += 4 {
					m.score(sc, i, prev1, prev2, got)
					feats = x.static(i, feats[:0])
					feats = x.dynamic(i, prev1, prev2, feats)
					clear(want)
					m.pm.Score(feats, want)
					if !slices.Equal(got, want) {
						t.Fatalf("%q word %d after %d, %d: scores %v from the cache, %v feature by feature", s.Forms(), i, prev1, prev2, got, want)
					}
				}
			}
		}
	}
}

// TestWordVecsConcurrent checks that the word vectors summed on first use
// (Model.wordVec) give the labels of a model whose vectors were summed
// one sentence at a time, when several goroutines label the same words at
// once (go test -race checks that they share the sums safely).
func TestWordVecsConcurrent(t *testing.T) {
	var buf bytes.Buffer
	if _, err := trainToy(t).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	read := func() *Model {
		m, err := Read(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	sents := toyCorpus()
	serial, shared := read(), read()
	want := make([][]string, len(sents))
	for i := range sents {
		want[i] = serial.Label(&sents[i])
	}
	const goroutines = 4
	got := make([][][]string, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range sents {
				s := sents[i].Clone()
				got[g] = append(got[g], shared.Label(&s))
			}
		})
	}
	wg.Wait()
	for g := range got {
		for i := range sents {
			if !slices.Equal(got[g][i], want[i]) {
				t.Errorf("goroutine %d, sentence %d: labels %q, want %q", g, i, got[g][i], want[i])
			}
		}
	}
}
