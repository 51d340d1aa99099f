package ner

import (
	p "github.com/chronograph-news/chronograph/nlp/perceptron"

	"maps"
	"slices"
	"sync"
)

// wordInfo is everything the model knows of one lowercased word, gathered
// in one map so that labelling looks a word up once: its lexicon entry,
// its news-lexicon class, its gazetteer word class, and the index of its
// summed score vectors in Model.vecs (-1 when they are not cached).
type wordInfo struct {
	lex  lexEntry
	news newsEntry
	cls  uint8
	vec  int32
}

// wordIndex merges what lex, gaz and news say of each word; no vectors.
func wordIndex(lex map[string]lexEntry, gaz *Gazetteer, news map[string]newsEntry) map[string]wordInfo {
	out := make(map[string]wordInfo, len(lex)+len(news))
	get := func(w string) wordInfo {
		if e, ok := out[w]; ok {
			return e
		}
		return wordInfo{vec: -1}
	}
	for w, e := range lex {
		x := get(w)
		x.lex = e
		out[w] = x
	}
	for w, e := range news {
		x := get(w)
		x.news = e
		out[w] = x
	}
	if gaz != nil {
		for w, c := range gaz.words {
			x := get(w)
			x.cls = c
			out[w] = x
		}
	}
	return out
}

// span is the number of window offsets a word's features are read at.
const span = 2*featWindow + 1

// noWord is the wordInfo of a word the model knows nothing of.
var noWord = wordInfo{vec: -1}

// wordFeats appends the features that read nothing but the word at
// offset o (-featWindow..featWindow) from the word being labelled: its
// lowercased form w and what the model knows of it (info). Their scores
// can be summed once per word and offset (see Model.index).
func wordFeats(f []uint64, o int, w string, info *wordInfo) []uint64 {
	switch o {
	case 0:
		lx := info.lex
		return append(f,
			p.New(tWord).Str(w).Key(),
			p.New(tPrefix2).Str(affix(w, 2, true)).Key(),
			p.New(tPrefix3).Str(affix(w, 3, true)).Key(),
			p.New(tSuffix2).Str(affix(w, 2, false)).Key(),
			p.New(tSuffix3).Str(affix(w, 3, false)).Key(),
			p.New(tSuffix4).Str(affix(w, 4, false)).Key(),
			p.New(tLength).Int(min(len(w), 12)).Key(),
			p.New(tLex).Int(int(lx.name)).Key(),
			p.New(tPropn).Int(int(lx.propn)).Key(),
			p.New(tInName).Int(int(lx.inName)).Key(),
			p.New(tCls).Int(int(info.cls)).Key(),
			p.New(tNewsCtx).Int(int(info.news.ctx)).Key(),
		)
	case -1:
		return append(f,
			p.New(tWordL1).Str(w).Key(),
			p.New(tLexL1).Int(int(info.lex.name)).Key(),
			p.New(tCapsL1).Int(int(info.lex.caps)).Key(),
			p.New(tClsL1).Int(int(info.cls)).Key(),
			p.New(tNewsCtxL1).Int(int(info.news.ctx)).Key(),
		)
	case 1:
		return append(f,
			p.New(tWordR1).Str(w).Key(),
			p.New(tLexR1).Int(int(info.lex.name)).Key(),
			p.New(tCapsR1).Int(int(info.lex.caps)).Key(),
			p.New(tClsR1).Int(int(info.cls)).Key(),
			p.New(tNewsCtxR1).Int(int(info.news.ctx)).Key(),
		)
	case -2:
		return append(f, p.New(tWordL2).Str(w).Key())
	case 2:
		return append(f, p.New(tWordR2).Str(w).Key())
	}
	return f
}

// index prepares m for labelling: the merged word index, and for each
// known word (and for the padding around a sentence) a place for the
// summed scores of its word features at every offset, so that labelling
// adds five vectors where it would look up some two dozen features. A
// word's sums are made the first time it is labelled (see wordVec): a
// build that labels a few documents sums the vectors of their words, not
// of the whole index (some 15 ms of every load when they were all summed
// here). The sums are exact (integer weights), so the labels are those of
// scoring feature by feature.
func (m *Model) index() {
	m.words = wordIndex(m.lex, m.gaz, m.news)
	nc := len(m.pm.Classes)
	m.nc = nc
	m.vecWords = slices.Sorted(maps.Keys(m.words))
	m.vecs = make([]int32, (len(m.vecWords)+1)*span*nc)
	m.vecDone = make([]sync.Once, len(m.vecWords)+1)
	for i, w := range m.vecWords {
		e := m.words[w]
		e.vec = int32(i)
		m.words[w] = e
	}
	m.padVec = int32(len(m.vecWords))
	// The scores of the features of the two previous classes alone.
	var feats []uint64
	m.pairs = make([]int32, (nc+1)*(nc+1)*nc)
	for p1 := -1; p1 < nc; p1++ {
		for p2 := -1; p2 < nc; p2++ {
			k := ((p1+1)*(nc+1) + p2 + 1) * nc
			feats = classFeats(p1, p2, feats[:0])
			m.pm.Score(feats, m.pairs[k:k+nc])
		}
	}
}

// wordVec returns the summed word vectors of index v of m.vecs (a known
// word, or m.padVec for the padding), summing them on first use with
// sc's feature buffer. Several goroutines may ask at once: one sums, the
// others wait for it.
func (m *Model) wordVec(sc *scratch, v int32) []int32 {
	nc := m.nc
	dst := m.vecs[int(v)*span*nc : int(v+1)*span*nc]
	m.vecDone[v].Do(func() {
		if v == m.padVec {
			sc.feats = m.wordVecs(dst, boundary, &noWord, sc.feats)
			return
		}
		w := m.vecWords[v]
		info := m.words[w]
		sc.feats = m.wordVecs(dst, w, &info, sc.feats)
	})
	return dst
}

// wordVecs adds to dst (span*nc scores) the scores of the word features of
// w at each offset, the offsets scored in one pass (ScoreParts), and
// returns the feature buffer for reuse.
func (m *Model) wordVecs(dst []int32, w string, info *wordInfo, feats []uint64) []uint64 {
	var (
		ends  [span]int
		parts [span][]int32
	)
	feats = feats[:0]
	for o := -featWindow; o <= featWindow; o++ {
		feats = wordFeats(feats, o, w, info)
		k := (o + featWindow) * m.nc
		ends[o+featWindow], parts[o+featWindow] = len(feats), dst[k:k+m.nc]
	}
	m.pm.ScoreParts(feats, ends[:], parts[:])
	return feats
}
