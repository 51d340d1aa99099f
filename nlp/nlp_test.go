package nlp

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/models"
	"github.com/chronograph-news/chronograph/nlp/ner"
	"github.com/chronograph-news/chronograph/nlp/udeval"
)

func pipeline(tb testing.TB) *Pipeline {
	tb.Helper()
	p, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	if p.Tagger == nil || p.Lemma == nil || p.Morph == nil || p.Parser == nil || p.Names == nil {
		tb.Fatal("a model is missing")
	}
	return p
}

// sharedUD is the shared UD folder; tests that need it skip without it,
// except in CI.
func sharedUD(t *testing.T) string {
	dir := "../../shared/data/ud"
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared data missing in CI: %v", err)
		}
		t.Skipf("shared data absent: %v", err)
	}
	return dir
}

func readUD(t *testing.T, path string) []conllu.Sentence {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := conllu.Read(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// scored holds the scores of the embedded models on a treebank file, so
// that the tests that read them annotate each file once.
var scored sync.Map // path → *udeval.Scores

// testScores returns the scores of p on the treebank file path, gold
// tokenization, every column predicted.
func testScores(t *testing.T, p *Pipeline, path string) *udeval.Scores {
	t.Helper()
	if sc, ok := scored.Load(path); ok {
		return sc.(*udeval.Scores)
	}
	gold := readUD(t, path)
	sc, err := udeval.Compare(gold, p.Reannotate(gold))
	if err != nil {
		t.Fatal(err)
	}
	scored.Store(path, sc)
	return sc
}

// TestRecordedScores scores the embedded models on the test sets again and
// checks that they give the figures the manifest recorded when they were
// trained: the models committed are the models measured.
func TestRecordedScores(t *testing.T) {
	dir := sharedUD(t)
	p := pipeline(t)
	man, err := models.ReadManifest()
	if err != nil {
		t.Fatal(err)
	}
	recorded := map[string]map[string]float64{}
	for _, m := range man.Models {
		for set, sc := range m.Scores {
			if recorded[set] == nil {
				recorded[set] = map[string]float64{}
			}
			for k, v := range sc {
				recorded[set][k] = v
			}
		}
	}
	for _, set := range []string{"ewt/test.conllu", "gum-ccby/test.conllu"} {
		sc := testScores(t, p, filepath.Join(dir, set))
		name := strings.ReplaceAll(strings.TrimSuffix(set, ".conllu"), "/", "-")
		for _, m := range []string{"UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS"} {
			want, ok := recorded[name][m]
			if !ok {
				t.Errorf("%s: no recorded %s", name, m)
				continue
			}
			if got := sc.Accuracy(m); got < want-0.011 || got > want+0.011 {
				t.Errorf("%s %s = %.2f, manifest records %.2f", name, m, got, want)
			}
			t.Logf("%s %s %.2f", name, m, sc.Accuracy(m))
		}
	}
}

// TestTargets holds the floors on EWT and GUM test, with gold
// tokenization and every column predicted, and a floor for names.
func TestTargets(t *testing.T) {
	dir := sharedUD(t)
	p := pipeline(t)
	for _, tc := range []struct {
		set    string
		floors map[string]float64
	}{
		{"ewt/test.conllu", map[string]float64{"UPOS": 95, "Lemmas": 96, "UAS": 85, "LAS": 81}},
		{"gum-ccby/test.conllu", map[string]float64{"UAS": 83, "LAS": 79}},
	} {
		sc := testScores(t, p, filepath.Join(dir, tc.set))
		for m, floor := range tc.floors {
			if got := sc.Accuracy(m); got < floor {
				t.Errorf("%s %s = %.2f, below the target %.1f", tc.set, m, got, floor)
			}
		}
	}
	test := readUD(t, filepath.Join(dir, "ewt/test.conllu"))
	f, err := os.Open(filepath.Join(dir, "uner-ewt/test.iob2"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	iob, err := ner.ReadIOB2(f, "test.iob2")
	if err != nil {
		t.Fatal(err)
	}
	if err := ner.Attach(test, iob); err != nil {
		t.Fatal(err)
	}
	names := ner.ScoreSentences(test, p.Reannotate(test))
	// The target for names is 65; the shipped model reaches 66.8
	// (see the README), so this floor holds the target.
	const namesFloor = 65
	if f1 := names.Micro.F1(); f1 < namesFloor {
		t.Errorf("names F1 on UNER EWT test = %.2f, below %d", f1, namesFloor)
	}
}

// checkTree fails unless the heads of s form one tree: one root, every
// head in range, no cycle, and every word labelled.
func checkTree(t *testing.T, s *conllu.Sentence) {
	t.Helper()
	roots := 0
	for i, tok := range s.Tokens {
		if tok.Head < 0 || tok.Head > len(s.Tokens) || tok.Head == i+1 {
			t.Fatalf("word %d %q: head %d", i+1, tok.Form, tok.Head)
		}
		if tok.Head == 0 {
			roots++
		}
		if tok.DepRel == "" || tok.UPOS == "" || tok.XPOS == "" || tok.Lemma == "" {
			t.Fatalf("word %d %q unlabelled: %+v", i+1, tok.Form, tok)
		}
		seen := 0
		for h := tok.Head; h != 0; h = s.Tokens[h-1].Head {
			if seen++; seen > len(s.Tokens) {
				t.Fatalf("word %d %q: cycle", i+1, tok.Form)
			}
		}
	}
	if len(s.Tokens) > 0 && roots != 1 {
		t.Fatalf("%d roots", roots)
	}
}

// word finds the first word of s with form f.
func word(s *conllu.Sentence, f string) (int, *conllu.Token) {
	for i := range s.Tokens {
		if s.Tokens[i].Form == f {
			return i + 1, &s.Tokens[i]
		}
	}
	return 0, nil
}

// TestAnalyze checks the analysis of hand-made news sentences: the
// relations the event stage will read (subject, object, oblique with its
// case, passive agent, negation), lemmas, tense and names.
func TestAnalyze(t *testing.T) {
	p := pipeline(t)
	type rel struct{ dep, rel, head string }
	for _, tc := range []struct {
		text   string
		rels   []rel
		lemmas map[string]string
		feats  map[string]string // word → a feature it must have
		names  []string          // TYPE:text
	}{
		{
			text:   "The president met the foreign minister in Berlin on Tuesday.",
			rels:   []rel{{"president", "nsubj", "met"}, {"minister", "obj", "met"}, {"Berlin", "obl", "met"}, {"in", "case", "Berlin"}},
			lemmas: map[string]string{"met": "meet"},
			feats:  map[string]string{"met": "Tense=Past"},
			names:  []string{"LOC:Berlin"},
		},
		{
			text:   "The talks were postponed by the government.",
			rels:   []rel{{"talks", "nsubj:pass", "postponed"}, {"were", "aux:pass", "postponed"}, {"government", "obl:agent", "postponed"}},
			lemmas: map[string]string{"talks": "talk", "were": "be"},
			feats:  map[string]string{"talks": "Number=Plur"},
		},
		{
			text:  "John Smith did not sign the agreement.",
			rels:  []rel{{"Smith", "flat", "John"}, {"not", "advmod", "sign"}, {"agreement", "obj", "sign"}, {"John", "nsubj", "sign"}},
			names: []string{"PER:John Smith"},
		},
	} {
		sents := p.Analyze(tc.text)
		if len(sents) != 1 {
			t.Errorf("%q: %d sentences", tc.text, len(sents))
			continue
		}
		s := &sents[0]
		checkTree(t, s)
		var b bytes.Buffer
		conllu.Write(&b, sents)
		for _, r := range tc.rels {
			_, d := word(s, r.dep)
			h, _ := word(s, r.head)
			if d == nil || h == 0 || d.Head != h || d.DepRel != r.rel {
				t.Errorf("%q: want %s -%s-> %s\n%s", tc.text, r.head, r.rel, r.dep, b.String())
			}
		}
		for w, l := range tc.lemmas {
			if _, d := word(s, w); d == nil || d.Lemma != l {
				t.Errorf("%q: lemma of %s, want %s\n%s", tc.text, w, l, b.String())
			}
		}
		for w, f := range tc.feats {
			if _, d := word(s, w); d == nil || !strings.Contains(d.Feats, f) {
				t.Errorf("%q: feats of %s, want %s\n%s", tc.text, w, f, b.String())
			}
		}
		var got []string
		for _, sp := range Names(s) {
			got = append(got, sp.Type+":"+surface(s.Tokens[sp.First:sp.Last]))
		}
		if strings.Join(got, ",") != strings.Join(tc.names, ",") {
			t.Errorf("%q: names %v, want %v\n%s", tc.text, got, tc.names, b.String())
		}
	}
}

// TestSentence checks that one sentence analysed alone, inside a longer
// text, gets the words, offsets and tree Analyze gives it.
func TestSentence(t *testing.T) {
	p := pipeline(t)
	const first = "Troops crossed the border. "
	text := first + "The president met the foreign minister in Berlin on Tuesday. Talks followed."
	whole := p.Analyze(text)
	if len(whole) != 3 {
		t.Fatalf("%d sentences, want 3", len(whole))
	}
	end := whole[1].Tokens[len(whole[1].Tokens)-1].End
	got := p.Sentence(text, len(first), end)
	if len(got.Tokens) != len(whole[1].Tokens) {
		t.Fatalf("%d words, want %d", len(got.Tokens), len(whole[1].Tokens))
	}
	checkTree(t, &got)
	for i, w := range got.Tokens {
		want := whole[1].Tokens[i]
		if w.Form != want.Form || w.Start != want.Start || w.End != want.End || text[w.Start:w.End] != w.Form ||
			w.Head != want.Head || w.DepRel != want.DepRel || w.UPOS != want.UPOS {
			t.Errorf("word %d: %+v, want %+v", i, w, want)
		}
	}
	for _, b := range [][2]int{{-1, 3}, {3, 3}, {0, len(text) + 1}} {
		if s := p.Sentence(text, b[0], b[1]); len(s.Tokens) != 0 {
			t.Errorf("bounds %v: %d words, want none", b, len(s.Tokens))
		}
	}
}

// TestSeeds analyses the seed articles: every sentence is a well-formed
// tree and every word's offsets point at its form in the text.
func TestSeeds(t *testing.T) {
	p := pipeline(t)
	files, _ := filepath.Glob("../seeds/*.txt")
	if len(files) == 0 {
		t.Fatal("no seeds")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, s := range p.Analyze(text) {
			checkTree(t, &s)
			for _, tok := range s.Tokens {
				if text[tok.Start:tok.End] != tok.Form {
					t.Fatalf("%s: word %q at %d:%d is %q in the text", f, tok.Form, tok.Start, tok.End, text[tok.Start:tok.End])
				}
			}
		}
	}
}

// FuzzAnalyze: any text gives well-formed trees with offsets in bounds,
// never a panic.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"", "Kim met Putin.", "!!! ...", "a\x00b", strings.Repeat("word ", 300), "Mr. U.S. don't-stop 10,000 «quoted»"} {
		f.Add(s)
	}
	p, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // rejected upstream (document.Parse)
		}
		for _, s := range p.Analyze(text) {
			checkTree(t, &s)
			for _, tok := range s.Tokens {
				if tok.Start < 0 || tok.End > len(text) || tok.Start >= tok.End {
					t.Fatalf("offsets %d:%d of %d bytes", tok.Start, tok.End, len(text))
				}
			}
		}
	})
}

// FuzzAnnotate: any words (as CoNLL-U gives them) get a well-formed tree.
func FuzzAnnotate(f *testing.F) {
	f.Add("Kim met Putin .")
	f.Add(". . .")
	p, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, words string) {
		var s conllu.Sentence
		for _, w := range strings.Fields(words) {
			s.Tokens = append(s.Tokens, conllu.Token{Form: w, Head: -1, Start: -1, End: -1})
		}
		p.Annotate(&s)
		checkTree(t, &s)
	})
}

// TestModelsReencode decodes each embedded model and encodes it again: the
// bytes must be those embedded, so a change to an encoder that would
// silently change the format (and the recorded scores) fails here.
func TestModelsReencode(t *testing.T) {
	p := pipeline(t)
	encs := map[string]interface {
		WriteTo(io.Writer) (int64, error)
	}{
		"tagger": p.Tagger, "lemma": p.Lemma, "morph": p.Morph, "parser": p.Parser, "ner": p.Names,
	}
	for _, name := range models.Names {
		r, err := models.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		want, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		n, err := encs[name].WriteTo(&got)
		if err != nil || n != int64(got.Len()) {
			t.Fatalf("%s: wrote %d bytes (counted %d), %v", name, got.Len(), n, err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: re-encoding gives %d bytes, embedded %d, not the same", name, got.Len(), len(want))
		}
	}
}

// TestHostileText: the inputs the issue names — empty, binary-looking,
// a 100 KB sentence with no punctuation — give well-formed analyses.
func TestHostileText(t *testing.T) {
	p := pipeline(t)
	var bin strings.Builder
	for i := range 4096 {
		bin.WriteRune(rune(i%0x2FF + 1)) // control characters, symbols, accents
	}
	long := strings.Repeat("sanctions talks troops ", 100_000/23)
	for name, text := range map[string]string{"empty": "", "blank": " \n\t ", "binary-looking": bin.String(), "100 KB sentence": long} {
		sents := p.Analyze(text)
		words := 0
		for i := range sents {
			checkTree(t, &sents[i])
			words += len(sents[i].Tokens)
		}
		if name == "100 KB sentence" && words != len(strings.Fields(long)) {
			t.Errorf("%s: %d words analysed, want %d", name, words, len(strings.Fields(long)))
		}
	}
}

// TestLoadOnly checks that only the models named are loaded, that the
// others' steps are skipped, and that an unknown name is an error.
func TestLoadOnly(t *testing.T) {
	p, err := LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	if p.Tagger == nil || p.Parser == nil || p.Lemma != nil || p.Morph != nil || p.Names != nil {
		t.Fatalf("LoadOnly(tagger, parser) = %+v", p)
	}
	text := "The president met the minister."
	s := p.Sentence(text, 0, len(text))
	met, w := word(&s, "met")
	if w == nil || w.UPOS != "VERB" || w.Lemma != "" || w.Feats != "" {
		t.Errorf("met: %+v, want a verb without lemma or features", w)
	}
	if _, subj := word(&s, "president"); subj == nil || subj.Head != met || subj.DepRel != "nsubj" {
		t.Errorf("president: %+v, want nsubj of met", subj)
	}
	if _, err := LoadOnly("tagger", "nosuch"); err == nil {
		t.Error("LoadOnly(nosuch): no error")
	}
}
