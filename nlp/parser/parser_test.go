package parser

import (
	"bytes"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// tiny is a hand-made treebank: a few patterns (subject–verb–object,
// determiners, prepositional phrases, auxiliaries) repeated with
// different words.
const tiny = `1	The	the	DET	DT	_	2	det	_	_
2	dog	dog	NOUN	NN	_	3	nsubj	_	_
3	saw	see	VERB	VBD	_	0	root	_	_
4	a	a	DET	DT	_	5	det	_	_
5	cat	cat	NOUN	NN	_	3	obj	_	_
6	.	.	PUNCT	.	_	3	punct	_	_

1	A	a	DET	DT	_	2	det	_	_
2	man	man	NOUN	NN	_	3	nsubj	_	_
3	ate	eat	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	_
5	bread	bread	NOUN	NN	_	3	obj	_	_
6	in	in	ADP	IN	_	8	case	_	_
7	the	the	DET	DT	_	8	det	_	_
8	park	park	NOUN	NN	_	3	obl	_	_
9	.	.	PUNCT	.	_	3	punct	_	_

1	Kim	Kim	PROPN	NNP	_	3	nsubj	_	_
2	has	have	AUX	VBZ	_	3	aux	_	_
3	left	leave	VERB	VBN	_	0	root	_	_
4	.	.	PUNCT	.	_	3	punct	_	_

1	The	the	DET	DT	_	2	det	_	_
2	book	book	NOUN	NN	_	4	nsubj:pass	_	_
3	was	be	AUX	VBD	_	4	aux:pass	_	_
4	read	read	VERB	VBN	_	0	root	_	_
5	by	by	ADP	IN	_	7	case	_	_
6	the	the	DET	DT	_	7	det	_	_
7	girl	girl	NOUN	NN	_	4	obl	_	_
8	.	.	PUNCT	.	_	4	punct	_	_

1	Lee	Lee	PROPN	NNP	_	2	nsubj	_	_
2	likes	like	VERB	VBZ	_	0	root	_	_
3	cats	cat	NOUN	NNS	_	2	obj	_	_
4	and	and	CCONJ	CC	_	5	cc	_	_
5	dogs	dog	NOUN	NNS	_	3	conj	_	_
6	.	.	PUNCT	.	_	2	punct	_	_

`

// unseen follows the patterns of tiny with other words.
const unseen = `1	A	a	DET	DT	_	2	det	_	_
2	cat	cat	NOUN	NN	_	3	nsubj	_	_
3	ate	eat	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	_
5	dog	dog	NOUN	NN	_	3	obj	_	_
6	.	.	PUNCT	.	_	3	punct	_	_

`

func readString(t testing.TB, s string) []conllu.Sentence {
	t.Helper()
	out, err := conllu.Read(strings.NewReader(s), "test")
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func trainTiny(t testing.TB) *Model {
	t.Helper()
	cfg := DefaultConfig()
	cfg.Epochs = 10
	cfg.MinCount, cfg.LabelMinCount = 0, 0
	cfg.MinWeight = 0
	m, err := Train(readString(t, tiny), nil, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// checkTree fails unless s is a single-rooted tree over all its words.
func checkTree(t *testing.T, s *conllu.Sentence) {
	t.Helper()
	n := len(s.Tokens)
	heads := make([]int, n)
	roots := 0
	for i, tok := range s.Tokens {
		if tok.Head < 0 || tok.Head > n || tok.Head == i+1 || tok.DepRel == "" {
			t.Fatalf("word %d: head %d relation %q", i+1, tok.Head, tok.DepRel)
		}
		if (tok.Head == 0) != (tok.DepRel == RootLabel) {
			t.Fatalf("word %d: head %d with relation %q", i+1, tok.Head, tok.DepRel)
		}
		if tok.Head == 0 {
			roots++
		}
		heads[i] = tok.Head
	}
	if n > 0 && roots != 1 {
		t.Fatalf("%d roots", roots)
	}
	if !acyclic(heads) {
		t.Fatalf("cycle in %v", heads)
	}
}

func TestProjectivize(t *testing.T) {
	for _, c := range []struct {
		name        string
		heads, want []int
		lifted      int
	}{
		{"projective", []int{2, 0, 2, 3}, []int{2, 0, 2, 3}, 0},
		// 1←3 crosses 2→4: "A hearing is scheduled on the issue today"-like.
		{"one crossing", []int{3, 0, 2, 2}, []int{2, 0, 2, 2}, 1},
		// 5→2 and 5→3 span 4, the root, which 5 does not dominate.
		{"two crossings", []int{4, 5, 5, 0, 4}, []int{4, 4, 4, 0, 4}, 2},
		{"single word", []int{0}, []int{0}, 0},
	} {
		h := slices.Clone(c.heads)
		if n := Projectivize(h); n != c.lifted || !slices.Equal(h, c.want) {
			t.Errorf("%s: Projectivize(%v) = %v lifting %d, want %v lifting %d", c.name, c.heads, h, n, c.want, c.lifted)
		}
		if !IsProjective(h) {
			t.Errorf("%s: result %v not projective", c.name, h)
		}
	}
}

// randomTree returns a random projective tree over n words: each span
// picks a head, and its left and right parts hang from it recursively.
func randomTree(rng *rand.Rand, n int) []int {
	heads := make([]int, n)
	var build func(lo, hi, parent int)
	build = func(lo, hi, parent int) {
		if lo > hi {
			return
		}
		h := lo + rng.IntN(hi-lo+1)
		heads[h-1] = parent
		// Split each side into a few subtrees.
		for _, side := range [][2]int{{lo, h - 1}, {h + 1, hi}} {
			a, b := side[0], side[1]
			for a <= b {
				end := a + rng.IntN(b-a+1)
				build(a, end, h)
				a = end + 1
			}
		}
	}
	build(1, n, 0)
	return heads
}

// TestOracleCosts checks the dynamic oracle on random projective trees:
// along any path of valid transitions, the costs add up to the gold arcs
// missed, and from anywhere, following zero-cost transitions loses nothing
// more.
func TestOracleCosts(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 2000; trial++ {
		n := 1 + rng.IntN(12)
		heads := randomTree(rng, n)
		if !IsProjective(heads) {
			t.Fatalf("randomTree made %v", heads)
		}
		// Each word's gold relation group; the state records the group
		// of each arc made in place of a label.
		gh := make([]int32, n+1)
		gg := make([]int8, n+1)
		gh[0] = none
		for i, h := range heads {
			gh[i+1] = int32(h)
			if h == 0 {
				gg[i+1] = int8(rootGroup)
			} else {
				gg[i+1] = int8(rng.IntN(numGroups))
			}
		}
		st := newState(n)
		var cost [numClasses]int
		total := 0
		wander := rng.IntN(3) // 0: oracle only; else random moves then oracle
		for !st.done() {
			st.costs(gh, gg, &cost)
			var zero, ok []int
			for c, k := range cost {
				if k >= 0 {
					ok = append(ok, c)
				}
				if k == 0 {
					zero = append(zero, c)
				}
			}
			if len(ok) == 0 {
				t.Fatalf("tree %v: no valid transition", heads)
			}
			var c int
			if wander > 0 && rng.IntN(2) == 0 {
				c = ok[rng.IntN(len(ok))]
			} else {
				if len(zero) == 0 {
					t.Fatalf("tree %v: no zero-cost transition, costs %v", heads, cost)
				}
				c = zero[rng.IntN(len(zero))]
			}
			total += cost[c]
			kind, g := kindOf(c)
			st.apply(kind, g)
		}
		right := 0
		for i := 1; i <= n; i++ {
			if st.head[i] == gh[i] && st.label[i] == int16(gg[i]) {
				right++
			}
		}
		if right != n-total {
			t.Fatalf("tree %v groups %v: %d arcs right, costs add to %d (heads %v)", heads, gg, right, total, st.head)
		}
		if wander == 0 && right != n {
			t.Fatalf("tree %v: oracle path got %d of %d arcs", heads, right, n)
		}
	}
}

func TestTrainAndParse(t *testing.T) {
	m := trainTiny(t)
	for _, c := range []struct{ name, text string }{{"training", tiny}, {"unseen", unseen}} {
		gold := readString(t, c.text)
		if uas, las := Evaluate(m, gold); uas != 100 || las != 100 {
			t.Errorf("%s sentences: UAS %.1f LAS %.1f, want 100", c.name, uas, las)
		}
	}
	s := readString(t, unseen)[0]
	m.Parse(&s)
	if got := s.Tokens[1].DepRel; got != "nsubj" {
		t.Errorf("cat: %q, want nsubj", got)
	}
	if !slices.Contains(m.Labels(), "nsubj:pass") {
		t.Errorf("labels %v lack nsubj:pass", m.Labels())
	}
}

// TestParseAnyInput checks that Parse returns a tree whatever it is given.
func TestParseAnyInput(t *testing.T) {
	m := trainTiny(t)
	words := func(n int, form, upos string) conllu.Sentence {
		var s conllu.Sentence
		for i := 0; i < n; i++ {
			s.Tokens = append(s.Tokens, conllu.Token{Form: form, UPOS: upos, XPOS: "_", Head: -1})
		}
		return s
	}
	long := words(500, "dog", "NOUN")
	for i := range long.Tokens {
		if i%7 == 3 {
			long.Tokens[i] = conllu.Token{Form: "saw", UPOS: "VERB", XPOS: "VBD"}
		}
	}
	cases := map[string]conllu.Sentence{
		"one word":   words(1, "Hello", "INTJ"),
		"punct only": words(6, "!", "PUNCT"),
		"500 words":  long,
		"no tags":    words(9, "x", ""),
		"verbs":      words(40, "saw", "VERB"),
	}
	for name, s := range cases {
		m.Parse(&s)
		t.Run(name, func(t *testing.T) { checkTree(t, &s) })
	}
	var empty conllu.Sentence
	m.Parse(&empty) // must not panic
}

func TestEncoding(t *testing.T) {
	m := trainTiny(t)
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
	if uas, las := Evaluate(m2, readString(t, unseen)); uas != 100 || las != 100 {
		t.Errorf("decoded model: UAS %.1f LAS %.1f", uas, las)
	}
	for _, bad := range [][]byte{nil, []byte("CGDP\x02"), buf.Bytes()[:len(buf.Bytes())/2]} {
		if _, err := Read(bytes.NewReader(bad)); err == nil {
			t.Errorf("Read(%q...) accepted a corrupt model", bad[:min(len(bad), 8)])
		}
	}
}

// TestDeterministic checks that training twice gives the same bytes.
func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	trainTiny(t).WriteTo(&a)
	trainTiny(t).WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same seed differ")
	}
}

func FuzzRead(f *testing.F) {
	var buf bytes.Buffer
	trainTiny(f).WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte(magic))
	s := readString(f, unseen)[0]
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Read(bytes.NewReader(b))
		if err != nil {
			return
		}
		c := conllu.Sentence{Tokens: slices.Clone(s.Tokens)}
		m.Parse(&c)
		checkTree(t, &c)
	})
}

// BenchmarkParse parses EWT-like text with the model named by the
// environment variable PARSER_MODEL (a file written by WriteTo), or with
// a model trained on the tiny treebank. It reports words per second.
func BenchmarkParse(b *testing.B) {
	var m *Model
	if path := os.Getenv("PARSER_MODEL"); path != "" {
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
		m = trainTiny(b)
	}
	sents := readString(b, tiny+unseen)
	if path := os.Getenv("PARSER_BENCH_DATA"); path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		sents = readString(b, string(data))
	}
	words := 0
	for _, s := range sents {
		words += len(s.Tokens)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := range sents {
			m.Parse(&sents[j])
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestTagNoise checks that only words seen with several tags get
// alternatives, that perturbing draws from them, and that the gold tags
// come back before each perturbation.
func TestTagNoise(t *testing.T) {
	sents := readString(t, `1	that	that	PRON	DT	_	0	root	_	_

1	that	that	SCONJ	IN	_	2	mark	_	_
2	dog	dog	NOUN	NN	_	0	root	_	_

`)
	index := map[string]int{"root": 0, "mark": 1}
	var exs []example
	for i := range sents {
		ex, _, ok := makeExample(&sents[i], index, []string{"root", "mark"})
		if !ok {
			t.Fatalf("sentence %d rejected", i)
		}
		exs = append(exs, ex)
	}
	addAlternatives(exs)
	ex := &exs[1]
	if len(ex.alts[2]) != 2 || len(ex.alts[3]) != 0 {
		t.Fatalf("alternatives: that %d, dog %d; want 2, 0", len(ex.alts[2]), len(ex.alts[3]))
	}
	dt, in := exs[0].words.tag[2], ex.words.tag[2]
	rng := rand.New(rand.NewPCG(1, 1))
	sawDT := false
	for range 50 {
		ex.perturb(rng, 1)
		switch ex.words.tag[2] {
		case dt:
			sawDT = true
		case in:
		default:
			t.Fatal("perturbed to a tag the word never had")
		}
		if ex.words.tag[3] != ex.words.gold[3] {
			t.Fatal("unambiguous word perturbed")
		}
	}
	if !sawDT {
		t.Error("noise never changed the tag")
	}
	ex.perturb(rng, 0)
	if ex.words.tag[2] != in {
		t.Error("gold tag not restored")
	}
}
