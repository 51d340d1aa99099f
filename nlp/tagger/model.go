package tagger

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/perceptron"
)

// cacheWords bounds how many of the dictionary words (the most frequent
// first) get their score vectors kept once summed (on first use, see
// cached); rarer words are scored feature by feature. The shipped
// dictionary (about 9,000 words) fits whole: about 13 MB of vectors with
// 71 tags, of which a build touches only the words it meets.
const cacheWords = 1 << 14

// cacheUnknown bounds how many words outside the dictionary get their
// score vectors kept once summed (see unknown): the first met are kept
// (some 1.4 KB each with 71 tags, 23 MB in all). A build meets the same
// names again and again — in the sentences of one article, and in the
// same sentence tagged once for the name finder and once for the parser —
// and summing a word's vectors, some forty feature lookups in the model,
// was nearly half of tagging.
const cacheUnknown = 1 << 14

// labelSep separates UPOS from XPOS in a joint label ("NOUN NN").
const labelSep = " "

// entry is what the model knows of one frequent training word.
type entry struct {
	form  string
	amb   uint64 // hash of its ambiguity class
	fixed int32  // its tag when unambiguous enough, else -1
}

// Model is a trained tagger. It is read-only and safe for concurrent use.
type Model struct {
	classes    []string // joint labels "UPOS XPOS"
	upos, xpos []string // per class
	pm         *perceptron.Model
	entries    []entry // by decreasing training frequency
	words      map[string]int32

	// Derived when loaded.
	nc          int
	lowerAmb    map[uint64]uint64 // see lowerAmbs
	vecs        []int32           // per cached entry, span vectors of nc scores (see cached)
	vecDone     []sync.Once       // per cached entry: sums its vectors once
	startVecs   []int32           // span vectors of the padding before the sentence
	endVecs     []int32           // and after it
	prev, prev2 []int32           // (nc+1) vectors of nc: scores of the previous tags (nc = none)
	prev12      []int16           // (nc+1)² vectors of nc: scores of the two previous tags (one weight each, so int16 is exact)
	sentVecs    []int32           // nSentKeys vectors of nc: scores of the sentence and word case
	pool        sync.Pool
	// unknown maps a word outside the dictionary to its span vectors,
	// summed on first use, for at most cacheUnknown words (unknownCount
	// of them so far); a vector kept is never written again.
	unknown      sync.Map
	unknownCount atomic.Int32
}

// scratch is the per-call working memory of Tag.
type scratch struct {
	rows   [][]int32 // per padded position, its span vectors
	known  [][]int32 // per word outside the dictionary, its kept vectors or nil
	own    []int32   // vectors of the uncached words
	feats  []uint64
	scores []int32
	ctx    []ctx
	tags   []int32
	ent    []int32 // per word, its entry or -1
}

// newModel indexes the entries, makes room for their vectors and sums
// those of the padding and of the tag history.
func newModel(classes []string, pm *perceptron.Model, entries []entry) *Model {
	m := &Model{classes: classes, pm: pm, entries: entries, nc: len(classes)}
	m.upos = make([]string, len(classes))
	m.xpos = make([]string, len(classes))
	for i, c := range classes {
		m.upos[i], m.xpos[i], _ = strings.Cut(c, labelSep)
	}
	m.words = make(map[string]int32, len(entries))
	for i, e := range entries {
		m.words[e.form] = int32(i)
	}
	m.lowerAmb = lowerAmbs(entries)
	nc := m.nc
	n := min(len(entries), cacheWords)
	// The vectors of the cached entries are summed the first time a
	// word is tagged (cached): a build that tags a few documents sums
	// those of their words, not of the whole dictionary (some 20 ms of
	// every load when they were all summed here).
	m.vecs = make([]int32, n*span*nc)
	m.vecDone = make([]sync.Once, n)
	var feats []uint64
	m.startVecs = make([]int32, span*nc)
	m.endVecs = make([]int32, span*nc)
	feats = m.wordVecs(m.startVecs, startWord, 0, feats)
	m.wordVecs(m.endVecs, endWord, 0, feats)
	m.prev = make([]int32, (nc+1)*nc)
	m.prev2 = make([]int32, (nc+1)*nc)
	m.prev12 = make([]int16, (nc+1)*(nc+1)*nc)
	row := make([]int32, nc)
	for t := 0; t <= nc; t++ {
		m.pm.Score([]uint64{prevKey(t)}, m.prev[t*nc:(t+1)*nc])
		m.pm.Score([]uint64{prev2Key(t)}, m.prev2[t*nc:(t+1)*nc])
		for t2 := 0; t2 <= nc; t2++ {
			clear(row)
			m.pm.Score([]uint64{prevPrev2Key(t, t2)}, row)
			for j, w := range row {
				m.prev12[(t*(nc+1)+t2)*nc+j] = int16(w)
			}
		}
	}
	m.sentVecs = make([]int32, nSentKeys*nc)
	for v := range nSentKeys {
		m.pm.Score([]uint64{sentCaseKey(v)}, m.sentVecs[v*nc:(v+1)*nc])
	}
	m.pool.New = func() any { return new(scratch) }
	return m
}

// cached returns the summed vectors of cached entry e, summing them on
// first use with sc's feature buffer. Several goroutines may ask at once:
// one sums, the others wait for it.
func (m *Model) cached(sc *scratch, e int32) []int32 {
	dst := m.vecs[int(e)*span*m.nc : (int(e)+1)*span*m.nc]
	m.vecDone[e].Do(func() {
		sc.feats = m.wordVecs(dst, m.entries[e].form, m.entries[e].amb, sc.feats)
	})
	return dst
}

// unknownVecs returns the kept span vectors of w, a word outside the
// dictionary, or nil.
func (m *Model) unknownVecs(w string) []int32 {
	if v, ok := m.unknown.Load(w); ok {
		return v.([]int32)
	}
	return nil
}

// keepUnknown keeps a copy of v, the span vectors of w, a word outside the
// dictionary, while fewer than cacheUnknown are kept. Two goroutines
// keeping the same word keep equal vectors: either copy serves.
func (m *Model) keepUnknown(w string, v []int32) {
	if m.unknownCount.Load() >= cacheUnknown {
		return
	}
	if _, loaded := m.unknown.LoadOrStore(strings.Clone(w), slices.Clone(v)); !loaded {
		m.unknownCount.Add(1)
	}
}

// wordVecs adds to dst (span*nc) the scores of w's word-only features at
// each window offset, the offsets scored in one pass (ScoreParts), and
// returns the feature buffer for reuse.
func (m *Model) wordVecs(dst []int32, w string, amb uint64, feats []uint64) []uint64 {
	lowAmb := lowerAmbOf(m.lowerAmb, w)
	var (
		ends  [span]int
		parts [span][]int32
	)
	feats = feats[:0]
	for o := -window; o <= window; o++ {
		feats = wordFeats(feats, w, amb, lowAmb, o)
		ends[o+window], parts[o+window] = len(feats), dst[(o+window)*m.nc:(o+window+1)*m.nc]
	}
	m.pm.ScoreParts(feats, ends[:], parts[:])
	return feats
}

// Tag fills the UPOS and XPOS of every token of s from the forms.
func (m *Model) Tag(s *conllu.Sentence) {
	n := len(s.Tokens)
	if n == 0 {
		return
	}
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	tags := m.tagForms(sc, n, func(i int) string { return s.Tokens[i].Form })
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.UPOS, t.XPOS = m.upos[tags[i]], m.xpos[tags[i]]
	}
}

// tagForms tags the n words form(0..n-1) and returns their classes, in
// sc's memory.
func (m *Model) tagForms(sc *scratch, n int, form func(int) string) []int32 {
	nc := m.nc
	sc.rows = sc.rows[:0]
	if cap(sc.scores) < nc {
		sc.scores = make([]int32, nc)
	}
	scores := sc.scores[:nc]
	tags := sc.tags[:0] // the dictionary's tags (-1: none) until the words are tagged
	// First pass: look the words up; the vectors of the uncached ones go
	// to sc.own, whose slices are only taken once it is sized.
	ncached := int32(len(m.vecs) / (span * nc))
	sc.ent = sc.ent[:0]
	sc.known = sc.known[:0]
	nown := 0
	for i := 0; i < n; i++ {
		e, ok := m.words[form(i)]
		if !ok {
			e = -1
		}
		var known []int32
		if e < 0 {
			known = m.unknownVecs(form(i))
		}
		if known == nil && (e < 0 || e >= ncached) {
			nown++
		}
		sc.ent = append(sc.ent, e)
		sc.known = append(sc.known, known)
	}
	if need := nown * span * nc; cap(sc.own) < need {
		sc.own = make([]int32, need)
	} else {
		sc.own = sc.own[:need]
		clear(sc.own)
	}
	sc.rows = append(sc.rows, m.startVecs, m.startVecs)
	own := 0
	for i, e := range sc.ent {
		w := form(i)
		f := int32(-1)
		var amb uint64
		if e >= 0 {
			f, amb = m.entries[e].fixed, m.entries[e].amb
		}
		tags = append(tags, f)
		if e >= 0 && e < ncached {
			sc.rows = append(sc.rows, m.cached(sc, e))
			continue
		}
		if k := sc.known[i]; k != nil {
			sc.rows = append(sc.rows, k)
			continue
		}
		v := sc.own[own*span*nc : (own+1)*span*nc]
		own++
		sc.feats = m.wordVecs(v, w, amb, sc.feats)
		sc.rows = append(sc.rows, v)
		if e < 0 {
			m.keepUnknown(w, v)
		}
	}
	sc.rows = append(sc.rows, m.endVecs, m.endVecs)
	sc.ctx = appendCtx(sc.ctx[:0], n, form, func(i int) uint64 {
		if e := sc.ent[i]; e >= 0 {
			return m.entries[e].amb
		}
		return 0
	})
	p1, p2 := nc, nc
	for i := 0; i < n; i++ {
		g := int(tags[i])
		if g < 0 {
			vec := func(o int) []int32 { return sc.rows[i+window+o][(o+window)*nc : (o+window+1)*nc] }
			sv := sc.ctx[i].sentCase
			sum(scores, vec(-2), vec(-1), vec(0), vec(1), vec(2),
				m.prev[p1*nc:(p1+1)*nc], m.prev2[p2*nc:(p2+1)*nc], m.sentVecs[sv*nc:(sv+1)*nc],
				m.prev12[(p1*(nc+1)+p2)*nc:(p1*(nc+1)+p2+1)*nc])
			sc.feats = historyFeats(sc.feats[:0], p1, &sc.ctx[i])
			m.pm.Score(sc.feats, scores)
			g = argmax(scores)
		}
		tags[i] = int32(g)
		p2, p1 = p1, g
	}
	sc.tags = tags
	return tags
}

// sum is written for a window of two words: this fails to compile
// otherwise.
const _ = uint(window-2) + uint(2-window)

// sum sets dst to the sum of the five window vectors a..e of the words
// around the tagged one, the vectors p and q of the previous two tags, the
// vector s of the case and the vector r of the tag pair, in one pass.
func sum(dst, a, b, c, d, e, p, q, s []int32, r []int16) {
	n := len(dst)
	a, b, c, d, e, p, q, s, r = a[:n], b[:n], c[:n], d[:n], e[:n], p[:n], q[:n], s[:n], r[:n]
	for j := range dst {
		dst[j] = a[j] + b[j] + c[j] + d[j] + e[j] + p[j] + q[j] + s[j] + int32(r[j])
	}
}

// argmax returns the index of the highest score, the lowest on a tie.
func argmax(scores []int32) int {
	best := 0
	for j, v := range scores {
		if v > scores[best] {
			best = j
		}
	}
	return best
}
