package ner

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"sync"

	"github.com/chronograph-news/chronograph/nlp/binio"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/perceptron"
)

// Model is a trained name finder. It is read-only and safe for concurrent
// use.
type Model struct {
	lex  map[string]lexEntry
	gaz  *Gazetteer // nil for none
	news map[string]newsEntry
	pm   *perceptron.Model

	// Derived by index.
	words map[string]wordInfo
	vecs  []int32 // per known word, then the padding: span vectors of nc scores (see wordVec)
	// vecWords are the known words by their index in vecs; vecDone[i]
	// sums the vectors of index i once (wordVec).
	vecWords []string
	vecDone  []sync.Once
	padVec   int32   // the padding's index in vecs
	pairs    []int32 // per pair of previous classes (+1 each): the scores of classFeats
	nc       int
	pool     sync.Pool // of *scratch
}

// scratch is the working memory of one call of classes.
type scratch struct {
	x      sentence
	feats  []uint64
	scores []int32
	own    []int32 // the vectors of the words not in vecs
	rows   [][]int32
	static []int32 // per word, nc scores: see staticScores
	beam   beam[int32]
	// The scores of the features of the class before the current word
	// (dynamic1), for the classes met so far at word hist1At.
	hist1At  int
	hist1    [][]int32 // per class + 1 (-1 first): the scores, nil until met
	hist1Buf []int32
}

// featsCap is the capacity reserved for one word's features.
const featsCap = 80

// Label returns the IOB2 label of each token of s ("O", "B-PER",
// "I-ORG", ...). It reads the forms and the UPOS and XPOS tags, which
// should come from the tagger.
func (m *Model) Label(s *conllu.Sentence) []string {
	return toIOB2(m.classes(s))
}

// classes returns the BILOU class of each token of s: the best
// labelling the beam search finds under the constraints of allowed.
func (m *Model) classes(s *conllu.Sentence) []int {
	sc, _ := m.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	defer m.pool.Put(sc)
	x := m.prepare(sc, s)
	out := make([]int, x.n)
	if x.n == 0 {
		return out
	}
	sc.beam.search(x.n, decodeWidth, scorer[int32]{
		nc:      m.nc,
		static:  func(i int, scores []int32) { m.staticScore(sc, i, scores) },
		history: func(i, prev1, prev2 int, scores []int32) { m.historyScore(sc, i, prev1, prev2, scores) },
	}, nil)
	sc.beam.path(0, out)
	return out
}

// prepare reads s into sc.x, points sc.rows, per padded position, at
// the word vectors of its word (cached, or summed into sc.own), and sets
// sc.static (staticScores).
func (m *Model) prepare(sc *scratch, s *conllu.Sentence) *sentence {
	x := newSentence(&sc.x, s, m.words, m.gaz)
	sc.hist1At = -1
	nc := m.nc
	sc.rows = resize(sc.rows, x.n+2*featWindow)
	own := 0
	for j := range sc.rows {
		if x.info[j].vec < 0 && x.low[j] != boundary {
			own++
		}
	}
	sc.own = resize(sc.own, own*span*nc)
	clear(sc.own)
	own = 0
	for j := range sc.rows {
		switch v := x.info[j].vec; {
		case x.low[j] == boundary:
			sc.rows[j] = m.wordVec(sc, m.padVec)
		case v >= 0:
			sc.rows[j] = m.wordVec(sc, v)
		default:
			r := sc.own[own*span*nc : (own+1)*span*nc]
			own++
			sc.feats = m.wordVecs(r, x.low[j], &x.info[j], sc.feats)
			sc.rows[j] = r
		}
	}
	m.staticScores(sc, x)
	return x
}

// score sets scores (nc) to the scores of word i of the prepared sentence
// after classes prev1 and prev2: its static scores (see staticScore) plus
// the weights of its history features.
func (m *Model) score(sc *scratch, i, prev1, prev2 int, scores []int32) {
	m.staticScore(sc, i, scores)
	m.historyScore(sc, i, prev1, prev2, scores)
}

// historyScore adds to scores the weights of the history features of word
// i of the prepared sentence after classes prev1 and prev2: those of the
// classes alone from m.pairs, and those of the word and prev1 (dynamic1)
// computed once per word and class, as the hypotheses of a beam often
// share prev1.
func (m *Model) historyScore(sc *scratch, i, prev1, prev2 int, scores []int32) {
	nc := m.nc
	if sc.hist1At != i || len(sc.hist1) != nc+1 {
		sc.hist1At = i
		sc.hist1 = resize(sc.hist1, nc+1)
		clear(sc.hist1)
		sc.hist1Buf = resize(sc.hist1Buf, (nc+1)*nc)[:0]
	}
	h := sc.hist1[prev1+1]
	if h == nil {
		at := len(sc.hist1Buf)
		sc.hist1Buf = sc.hist1Buf[:at+nc]
		h = sc.hist1Buf[at : at+nc : at+nc]
		clear(h)
		sc.feats = sc.x.dynamic1(i, prev1, sc.feats[:0])
		m.pm.Score(sc.feats, h)
		sc.hist1[prev1+1] = h
	}
	for c, v := range h {
		scores[c] += v
	}
	k := ((prev1+1)*(nc+1) + prev2 + 1) * nc
	for c, v := range m.pairs[k : k+nc] {
		scores[c] += v
	}
}

// staticScore sets scores (nc) to the scores of word i of the prepared
// sentence that do not depend on the classes chosen (see staticScores).
func (m *Model) staticScore(sc *scratch, i int, scores []int32) {
	copy(scores, sc.static[i*m.nc:(i+1)*m.nc])
}

// staticScores sets sc.static, nc scores per word of the prepared
// sentence x, to the scores of each word that do not depend on the classes
// chosen: its word vectors at each offset plus the weights of its context
// features. They do not depend on the search either, so the context
// features of perceptron.MaxParts words at a time are scored in one pass
// (ScoreParts), their reads overlapping, where the search asking word by
// word would wait for each word's in turn.
func (m *Model) staticScores(sc *scratch, x *sentence) {
	nc := m.nc
	sc.static = resize(sc.static, x.n*nc)
	var (
		ends  [perceptron.MaxParts]int
		parts [perceptron.MaxParts][]int32
	)
	for lo := 0; lo < x.n; lo += perceptron.MaxParts {
		hi := min(x.n, lo+perceptron.MaxParts)
		sc.feats = sc.feats[:0]
		for i := lo; i < hi; i++ {
			scores := sc.static[i*nc : (i+1)*nc]
			clear(scores)
			for o := -featWindow; o <= featWindow; o++ {
				k := (o + featWindow) * nc
				for c, v := range sc.rows[i+featWindow+o][k : k+nc] {
					scores[c] += v
				}
			}
			sc.feats = x.context(i, sc.feats)
			ends[i-lo], parts[i-lo] = len(sc.feats), scores
		}
		m.pm.ScoreParts(sc.feats, ends[:hi-lo], parts[:hi-lo])
	}
}

// Model file layout: magic, then the lexicon (uvarint count; per word in
// sorted order: uvarint length, bytes, name, caps, propn and inName bytes), then
// the gazetteer (see Gazetteer.writeTo; empty when none), then the
// news lexicon (see writeNews), then the perceptron model.
const modelMagic = "CGNER\x02"

// Decoding limits for corrupt input.
const (
	maxLexWords = 1 << 22
	maxLexWord  = 1 << 10
)

// WriteTo encodes m (uncompressed). The same model always gives the same
// bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := binio.NewWriter(w, modelMagic)
	words := slices.Sorted(maps.Keys(m.lex))
	binio.PutUvarint(cw, uint64(len(words)))
	for _, k := range words {
		e := m.lex[k]
		binio.PutString(cw, k)
		cw.Write([]byte{e.name, e.caps, e.propn, e.inName})
	}
	gaz := m.gaz
	if gaz == nil {
		gaz = NewGazetteer()
	}
	gaz.writeTo(cw)
	writeNews(cw, m.news)
	if _, err := cw.Flush(); err != nil {
		return cw.N, err
	}
	n, err := m.pm.WriteTo(w)
	return cw.N + n, err
}

// Read decodes a model written by WriteTo. A corrupt or truncated input
// gives an error.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	if !binio.Magic(br, modelMagic) {
		return nil, errors.New("ner: not a name-finder model (bad magic)")
	}
	n, err := binio.Uvarint(br, maxLexWords)
	if err != nil {
		return nil, err
	}
	m := &Model{lex: make(map[string]lexEntry, min(n, 1<<16))}
	prev := ""
	for i := range n {
		l, err := binio.Uvarint(br, maxLexWord)
		if err != nil {
			return nil, err
		}
		b := make([]byte, l+4)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("ner: lexicon: %w", err)
		}
		w := string(b[:l])
		if i > 0 && w <= prev {
			return nil, errors.New("ner: lexicon out of order")
		}
		e := lexEntry{name: b[l], caps: b[l+1], propn: b[l+2], inName: b[l+3]}
		if int(e.name) > 2*len(Types) || e.caps > 5 || e.propn > 5 || e.inName > 5 {
			return nil, errors.New("ner: lexicon entry out of range")
		}
		m.lex[w], prev = e, w
	}
	if m.gaz, err = readGazetteer(br); err != nil {
		return nil, err
	}
	if p, _ := m.gaz.Len(); p == 0 && len(m.gaz.words) == 0 {
		m.gaz = nil
	}
	if m.news, err = readNews(br); err != nil {
		return nil, err
	}
	pm, err := perceptron.ReadModel(br)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	if !slices.Equal(pm.Classes, classNames()) {
		return nil, errors.New("ner: model has other classes than BILOU over PER, ORG, LOC")
	}
	m.pm = pm
	m.index()
	return m, nil
}

// NumFeatures returns the number of perceptron features the model keeps.
func (m *Model) NumFeatures() int { return m.pm.NumFeatures() }
