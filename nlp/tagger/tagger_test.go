package tagger

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// sentence builds a sentence from "form/UPOS/XPOS" words.
func sentence(t testing.TB, words string) conllu.Sentence {
	var s conllu.Sentence
	for _, w := range strings.Fields(words) {
		p := strings.Split(w, "/")
		if len(p) != 3 {
			t.Fatalf("bad word %q", w)
		}
		s.Tokens = append(s.Tokens, conllu.Token{Form: p[0], UPOS: p[1], XPOS: p[2], Head: -1, Start: -1, End: -1})
	}
	return s
}

// toyTrain is a tiny treebank where "can" and "run" are nouns or verbs by
// their left context, and unknown words ending in -ly are adverbs.
func toyTrain(t testing.TB) []conllu.Sentence {
	var out []conllu.Sentence
	for range 5 {
		for _, w := range []string{
			"I/PRON/PRP can/AUX/MD run/VERB/VB quickly/ADV/RB ./PUNCT/.",
			"the/DET/DT can/NOUN/NN is/AUX/VBZ empty/ADJ/JJ ./PUNCT/.",
			"a/DET/DT run/NOUN/NN is/AUX/VBZ fun/ADJ/JJ ./PUNCT/.",
			"we/PRON/PRP can/AUX/MD walk/VERB/VB slowly/ADV/RB ./PUNCT/.",
			"the/DET/DT dog/NOUN/NN can/AUX/MD swim/VERB/VB ./PUNCT/.",
			"John/PROPN/NNP sings/VERB/VBZ loudly/ADV/RB ./PUNCT/.",
			"Mary/PROPN/NNP walked/VERB/VBD home/ADV/RB ./PUNCT/.",
		} {
			out = append(out, sentence(t, w))
		}
	}
	return out
}

func TestTagAmbiguousByContext(t *testing.T) {
	m, err := Train(toyTrain(t), nil, Config{Epochs: 5, Seed: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, want string }{
		{"the can is empty .", "DET/DT NOUN/NN AUX/VBZ ADJ/JJ PUNCT/."},
		{"we can run quickly .", "PRON/PRP AUX/MD VERB/VB ADV/RB PUNCT/."},
		{"a run is fun .", "DET/DT NOUN/NN AUX/VBZ ADJ/JJ PUNCT/."},
		// Unknown words: the ending -ly, the capital.
		{"Peter walked happily .", "PROPN/NNP VERB/VBD ADV/RB PUNCT/."},
	} {
		var s conllu.Sentence
		for _, f := range strings.Fields(tc.in) {
			s.Tokens = append(s.Tokens, conllu.Token{Form: f})
		}
		m.Tag(&s)
		var got []string
		for _, tok := range s.Tokens {
			got = append(got, tok.UPOS+"/"+tok.XPOS)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: got %s, want %s", tc.in, g, tc.want)
		}
	}
}

// TestCacheMatchesFeatures checks that tagging a word from its summed
// vectors gives the same scores as scoring its features one by one: the
// cached path and the uncached path must agree.
func TestCacheMatchesFeatures(t *testing.T) {
	m, err := Train(toyTrain(t), nil, Config{Epochs: 3, Seed: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.vecs) == 0 {
		t.Fatal("no word cached")
	}
	nc := m.nc
	for i := range min(len(m.entries), cacheWords) {
		e := m.entries[i]
		got := m.cached(&scratch{}, int32(i))
		want := make([]int32, span*nc)
		for o := -window; o <= window; o++ {
			m.pm.Score(wordFeats(nil, e.form, e.amb, lowerAmbOf(m.lowerAmb, e.form), o), want[(o+window)*nc:(o+window+1)*nc])
		}
		for j := range want {
			if got[j] != want[j] {
				t.Fatalf("%q: cached vector differs at %d: %d, want %d", e.form, j, got[j], want[j])
			}
		}
	}
	// The dense tables of the tag pairs and of the case.
	want := make([]int32, nc)
	for p1 := 0; p1 <= nc; p1++ {
		for p2 := 0; p2 <= nc; p2++ {
			clear(want)
			m.pm.Score([]uint64{prevPrev2Key(p1, p2)}, want)
			for j, w := range want {
				if got := m.prev12[(p1*(nc+1)+p2)*nc+j]; int32(got) != w {
					t.Fatalf("tags %d %d: table %d, want %d", p1, p2, got, w)
				}
			}
		}
	}
	for v := range nSentKeys {
		clear(want)
		m.pm.Score([]uint64{sentCaseKey(v)}, want)
		for j, w := range want {
			if got := m.sentVecs[v*nc+j]; got != w {
				t.Fatalf("case %d: table %d, want %d", v, got, w)
			}
		}
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	train := toyTrain(t)
	m, err := Train(train, nil, Config{Epochs: 3, Seed: 7}, nil)
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
	if a, b := m.Evaluate(train), m2.Evaluate(train); a != b {
		t.Errorf("decoded model tags differently: %+v, want %+v", b, a)
	}
	// Training is deterministic: same data and seed, same bytes.
	m3, _ := Train(train, nil, Config{Epochs: 3, Seed: 7}, nil)
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
	if _, err := Train(toyTrain(t), nil, Config{}, nil); err == nil {
		t.Error("no error for zero epochs")
	}
}

func TestTagEmpty(t *testing.T) {
	m, err := Train(toyTrain(t), nil, Config{Epochs: 1, Seed: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	m.Tag(&conllu.Sentence{}) // must not panic
}

func TestFeatureHelpers(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want int
	}{{"the", caseLower}, {"The", caseTitle}, {"USA", caseUpper}, {"iPhone", caseMixed}, {"42", caseNone}, {"A", caseTitle}} {
		if got := caseOf(tc.w); got != tc.want {
			t.Errorf("caseOf(%q) = %d, want %d", tc.w, got, tc.want)
		}
	}
	if shape64("Hello") != shape64("Xxxxxx") || shape64("Hello") == shape64("hello") || shape64("12.5") != shape64("1.55") {
		t.Error("shape64 does not collapse runs or tell capitals apart")
	}
	if word64("Dog", true) != word64("dog", false) || word64("Dog", false) == word64("dog", false) {
		t.Error("word64 lowercasing wrong")
	}
	if d, h := flags("well-known"); d || !h {
		t.Error("flags(well-known)")
	}
	if d, h := flags("3rd"); !d || h {
		t.Error("flags(3rd)")
	}
}

func FuzzRead(f *testing.F) {
	m, err := Train(toyTrain(f), nil, Config{Epochs: 1, Seed: 1}, nil)
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	m.WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Read(bytes.NewReader(b))
		if err != nil {
			return
		}
		s := conllu.Sentence{Tokens: []conllu.Token{{Form: "can"}, {Form: "zebras"}}}
		m.Tag(&s)
	})
}

// TestLowerAmb checks that a capitalized word reads the ambiguity class
// of its lowercase form, and only then.
func TestLowerAmb(t *testing.T) {
	la := lowerAmbs([]entry{{form: "apple", amb: 7}, {form: "Pear", amb: 9}})
	for _, tc := range []struct {
		w    string
		want uint64
	}{{"Apple", 7}, {"APPLE", 7}, {"apple", 0}, {"Pear", 0}, {"pear", 0}, {"42", 0}} {
		if got := lowerAmbOf(la, tc.w); got != tc.want {
			t.Errorf("lowerAmbOf(%q) = %d, want %d", tc.w, got, tc.want)
		}
	}
}

// TestAffixes checks the incremental affix hashes against hashing each
// affix whole (suffixes from the end), lowercased.
func TestAffixes(t *testing.T) {
	pre, suf := affixes("WalKing")
	_, suf2 := affixes("talking")
	for k := 1; k <= maxAffix; k++ {
		if pre[k-1] != word64(strings.ToLower("WalKing"[:k]), false) {
			t.Errorf("prefix %d: hash differs from the prefix's", k)
		}
		if suf[k-1] != suf2[k-1] {
			t.Errorf("suffix %d of WalKing and talking differ", k)
		}
	}
	if _, s := affixes("sing"); s[2] != nearSuffix64("walking") || nearSuffix64("ing") != 0 {
		t.Error("nearSuffix64 is not the 3-byte suffix hash, or not 0 for a short word")
	}
}

func TestSentenceCase(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  int
	}{
		{"The cat sat .", sentNormal},
		{"THE CAT SAT .", sentNoLower},
		{"the cat sat .", sentNoUpper},
		{"Police Find Missing Cat", sentHeadline},
		{"42 .", sentNormal},
	} {
		var n caseCounts
		for _, w := range strings.Fields(tc.words) {
			n[caseOf(w)]++
		}
		if got := n.class(); got != tc.want {
			t.Errorf("%q: class %d, want %d", tc.words, got, tc.want)
		}
	}
}

// TestConcurrentTag tags from several goroutines at once (run with -race):
// the model is shared read-only, the scratch memory is per call.
func TestConcurrentTag(t *testing.T) {
	m, err := Train(toyTrain(t), nil, Config{Epochs: 3, Seed: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := m.Evaluate(toyTrain(t))
	done := make(chan Accuracy)
	for range 4 {
		data := toyTrain(t)
		go func() { done <- m.Evaluate(data) }()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent tagging: %+v, want %+v", got, want)
		}
	}
}

// TestCachedConcurrent checks that the word vectors summed on first use
// (Model.cached) give the tags of a model that tagged the same sentences
// one at a time, when several goroutines tag the same words at once (go
// test -race checks that they share the sums safely).
func TestCachedConcurrent(t *testing.T) {
	m, err := Train(toyTrain(t), nil, Config{Epochs: 3, Seed: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	read := func() *Model {
		m, err := Read(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	sents := toyTrain(t)[:7]
	serial, shared := read(), read()
	want := make([]conllu.Sentence, len(sents))
	for i := range sents {
		want[i] = sents[i].Clone()
		serial.Tag(&want[i])
	}
	const goroutines = 4
	got := make([][]conllu.Sentence, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range sents {
				s := sents[i].Clone()
				shared.Tag(&s)
				got[g] = append(got[g], s)
			}
		})
	}
	wg.Wait()
	for g := range got {
		for i := range sents {
			for j, tok := range got[g][i].Tokens {
				if w := want[i].Tokens[j]; tok.UPOS != w.UPOS || tok.XPOS != w.XPOS {
					t.Errorf("goroutine %d, sentence %d, word %q: %s %s, want %s %s", g, i, tok.Form, tok.UPOS, tok.XPOS, w.UPOS, w.XPOS)
				}
			}
		}
	}
}
