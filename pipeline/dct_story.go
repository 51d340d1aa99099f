package pipeline

import (
	"cmp"
	"fmt"
	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/timex"
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A story is told by several articles over a few days: the wire files a
// first report, updates, reactions. An undated article that shares its
// distinctive words (the rare names and content words of its story) with
// dated articles published within a few days of each other was published
// then too. The evidence is corpus-level: every document's words are
// counted once, on the analysis workers, into a signature of hashed terms;
// an index of the rarer terms' dated documents then gives each undated
// document its nearest dated stories by tf-idf cosine, at a cost of the
// postings of its own terms (each capped at maxStoryDF documents), not of
// all pairs.

// Bounds of the story evidence.
const (
	// minStoryTermLen is the shortest word counted ("Kim", "war").
	minStoryTermLen = 3
	// maxStoryTerms is how many distinct terms a signature keeps (the
	// most frequent): it bounds the memory of a build with undated
	// documents.
	maxStoryTerms = 160
	// maxStoryDF is how many documents a term may occur in and still be
	// read: commoner words say nothing of the story, and the cap bounds
	// the cost of a look-up.
	maxStoryDF = 250
	// maxStoryNeighbors is how many of the nearest dated articles are
	// weighed.
	maxStoryNeighbors = 5
)

// termCount is a hashed term of a text and how often it occurs.
type termCount struct {
	term uint32
	n    uint16
}

// storySig is the signature of a text: its terms, sorted by term.
type storySig []termCount

// storyTerms returns the signature of text: its words of letters only, of
// minStoryTermLen letters or more, lowercased (a possessive "'s" cut),
// hashed, with their counts; the maxStoryTerms most frequent are kept.
func storyTerms(text string) storySig {
	counts := map[uint32]int{}
	h := fnv.New32a()
	var word []byte
	flush := func() {
		if utf8.RuneCount(word) >= minStoryTermLen {
			h.Reset()
			h.Write(word)
			counts[h.Sum32()]++
		}
		word = word[:0]
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			word = utf8.AppendRune(word, unicode.ToLower(r))
		case (r == '\'' || r == '’') && len(word) > 0:
			// "Kim's": the possessive is cut; "don't" keeps "don"
			flush()
		default:
			flush()
		}
	}
	flush()
	sig := make(storySig, 0, len(counts))
	for t, n := range counts {
		sig = append(sig, termCount{term: t, n: uint16(min(n, math.MaxUint16))})
	}
	if len(sig) > maxStoryTerms {
		slices.SortFunc(sig, func(a, b termCount) int { return cmp.Or(-cmp.Compare(a.n, b.n), cmp.Compare(a.term, b.term)) })
		sig = sig[:maxStoryTerms]
	}
	slices.SortFunc(sig, func(a, b termCount) int { return cmp.Compare(a.term, b.term) })
	return slices.Clip(sig)
}

// storyIndex indexes the dated documents of a build by their rarer terms.
type storyIndex struct {
	docs     int              // documents counted
	df       map[uint32]int32 // documents each term occurs in
	postings map[uint32][]posting
	dated    []storyDoc
}

// posting is a dated document a term occurs in, and how often.
type posting struct {
	doc int32
	n   uint16
}

// storyDoc is an indexed dated document.
type storyDoc struct {
	id   string
	dct  time.Time
	norm float64
}

// storyNeighbor is a dated document near an undated one.
type storyNeighbor struct {
	ID  string
	DCT time.Time
	Cos float64
}

// newStoryIndex counts the terms of every signature (dated or not; a nil
// one is no document) and indexes the dated ones: dcts[i] is the DCT of
// sigs[i], zero when undated, and ids[i] its id.
func newStoryIndex(sigs []storySig, dcts []time.Time, ids []string) *storyIndex {
	x := &storyIndex{df: map[uint32]int32{}, postings: map[uint32][]posting{}}
	for _, s := range sigs {
		if s == nil {
			continue
		}
		x.docs++
		for _, tc := range s {
			x.df[tc.term]++
		}
	}
	for i, s := range sigs {
		if s == nil || dcts[i].IsZero() {
			continue
		}
		k := int32(len(x.dated))
		x.dated = append(x.dated, storyDoc{id: ids[i], dct: day(dcts[i]), norm: x.norm(s)})
		for _, tc := range s {
			if x.read(tc.term) {
				x.postings[tc.term] = append(x.postings[tc.term], posting{doc: k, n: tc.n})
			}
		}
	}
	return x
}

// read reports whether a term is rare enough to be read.
func (x *storyIndex) read(term uint32) bool {
	df := x.df[term]
	return df >= 1 && df <= maxStoryDF
}

// weight is the tf-idf weight of a term counted n times.
func (x *storyIndex) weight(term uint32, n uint16) float64 {
	return (1 + math.Log(float64(n))) * math.Log(float64(x.docs)/float64(x.df[term]))
}

// norm is the length of a signature's vector of read terms.
func (x *storyIndex) norm(s storySig) float64 {
	var sum float64
	for _, tc := range s {
		if x.read(tc.term) {
			w := x.weight(tc.term, tc.n)
			sum += w * w
		}
	}
	return math.Sqrt(sum)
}

// storyEvidence is what the index tells of an undated document's story:
// the dated documents nearest it, nearest first.
type storyEvidence struct {
	neighbors []storyNeighbor
}

// story returns the story evidence of s: its maxStoryNeighbors nearest
// dated documents, by cosine, nearest first (then by id), leaving out the
// document named self, and its story terms.
func (x *storyIndex) story(s storySig, self string) storyEvidence {
	if x == nil || len(s) == 0 {
		return storyEvidence{}
	}
	norm := x.norm(s)
	if norm == 0 {
		return storyEvidence{}
	}
	dot := map[int32]float64{}
	for _, tc := range s {
		w := x.weight(tc.term, tc.n)
		for _, p := range x.postings[tc.term] {
			dot[p.doc] += w * x.weight(tc.term, p.n)
		}
	}
	type cand struct {
		k   int32
		cos float64
	}
	cands := make([]cand, 0, len(dot))
	for k, v := range dot {
		d := &x.dated[k]
		if d.id == self || d.norm == 0 {
			continue
		}
		cands = append(cands, cand{k, v / (norm * d.norm)})
	}
	slices.SortFunc(cands, func(a, b cand) int {
		return cmp.Or(-cmp.Compare(a.cos, b.cos), cmp.Compare(x.dated[a.k].id, x.dated[b.k].id))
	})
	cands = cands[:min(len(cands), maxStoryNeighbors)]
	var ev storyEvidence
	for _, c := range cands {
		d := &x.dated[c.k]
		ev.neighbors = append(ev.neighbors, storyNeighbor{ID: d.id, DCT: d.dct, Cos: c.cos})
	}
	return ev
}

// Thresholds of the story evidence (see storyDay).
const (
	// minStoryCos is the least cosine for a dated article to tell the
	// same story.
	minStoryCos                   = 0.30
	storyDayBefore, storyDayAfter = 0, 1
	storyIntervals                = false
	minStoryShare                 = 0.8
	// storyLooseCos is the least cosine of a dated article that must
	// agree with them when it is among the nearest.
	storyLooseCos = 0.12
	// minStoryAgree is how many such articles must agree on the days.
	minStoryAgree = 2
	// storySpan is the most days between the earliest and the latest of
	// the agreeing articles.
	storySpan = 2
	// storyBefore and storyAfter widen their days into the interval the
	// DCT is inferred in: an article may come a day before its story's
	// others, or days after (a follow-up).
	storyBefore, storyAfter = 1, 2
	// storyConfidence is the confidence of a story-dated interval; a day
	// picked in it by a weekday the text names gets storyDayConfidence.
	storyConfidence    = 0.5
	storyDayConfidence = 0.6
)

// storyDay infers the DCT from the dated articles nearest the text's
// story (neighbors, nearest first): when the minStoryAgree nearest of
// cosine minStoryCos or more, and every other of cosine storyLooseCos or
// more, were published within storySpan days, the DCT lies from
// storyBefore days before the first to storyAfter days after the last, on
// or after bound (when hasBound) and not before a year the text names. The
// first weekday the text names not as a prospect ("said Thursday") picks
// the day of that interval: news names its own day first.
func storyDay(ev storyEvidence, weekday time.Weekday, hasWeekday bool, bound time.Time, hasBound bool, latestYear int, hasYear bool) (Inference, bool) {
	// the neighbors of cosine storyLooseCos or more vote by their
	// cosine for the storySpan days that hold the most of it
	var near []storyNeighbor
	var total float64
	for _, n := range ev.neighbors {
		if n.Cos >= storyLooseCos {
			near = append(near, n)
			total += n.Cos
		}
	}
	var close []storyNeighbor
	var first, last time.Time
	best := 0.0
	for _, w := range near {
		var in []storyNeighbor
		var sum float64
		for _, n := range near {
			if off := n.DCT.Sub(w.DCT).Hours() / 24; off >= 0 && off <= storySpan {
				in = append(in, n)
				sum += n.Cos
			}
		}
		if sum > best {
			best, close = sum, in
		}
	}
	for _, n := range close {
		first, last = earlier(first, n.DCT), later(last, n.DCT)
	}
	k := 0
	for _, n := range close {
		if n.Cos >= minStoryCos {
			k++
		}
	}
	if k < minStoryAgree || best < minStoryShare*total {
		return Inference{}, false // too few, or the story's articles disagree
	}
	from, to := first.AddDate(0, 0, -storyBefore), last.AddDate(0, 0, storyAfter)
	if hasBound && from.Before(bound) {
		from = bound
	}
	if from.After(to) || hasYear && to.Year() < latestYear {
		return Inference{}, false
	}
	why := fmt.Sprintf("%d dated articles of its story (nearest %s, cosine %.2f) published %s..%s",
		len(close), close[0].ID, close[0].Cos, dateOnly(first), dateOnly(last))
	if hasWeekday {
		var days []time.Time
		for d := first.AddDate(0, 0, -storyDayBefore); !d.After(last.AddDate(0, 0, storyDayAfter)); d = d.AddDate(0, 0, 1) {
			if d.Weekday() == weekday {
				days = append(days, d)
			}
		}
		if len(days) == 1 {
			return dayInference(days[0], storyDayConfidence, why+", on the "+weekday.String()+" the text names first"), true
		}
	}
	if !storyIntervals {
		return Inference{}, false
	}
	return Inference{Earliest: from, Latest: to, Confidence: storyConfidence, Reason: why}, true
}

// firstWeekday returns the first weekday the time expressions name alone
// ("on Thursday", "Thursday morning": XXXX-WXX-4, read without a DCT),
// not as a prospect ("will meet on Friday").
func firstWeekday(timexes []timex.Timex) (time.Weekday, bool) {
	for _, t := range timexes {
		v, ok := strings.CutPrefix(t.Value, "XXXX-WXX-")
		if !ok || t.Future || v == "" || v[0] < '1' || v[0] > '7' {
			continue
		}
		return time.Weekday(v[0]-'0') % 7, true
	}
	return 0, false
}

// storySigs are the signatures of a build's documents, counted on the
// analysis workers when some document is undated (a nil *storySigs
// counts nothing).
type storySigs struct {
	docs []*document.Document
	sigs []storySig
}

// newStorySigs returns the signatures to count for docs, or nil when
// every one is dated: the story evidence serves only undated documents.
func newStorySigs(docs []*document.Document) *storySigs {
	if !slices.ContainsFunc(docs, func(d *document.Document) bool { return d.DCT.IsZero() }) {
		return nil
	}
	return &storySigs{docs: docs, sigs: make([]storySig, len(docs))}
}

// count counts the signature of the i-th document's text; each i is
// counted by one goroutine.
func (s *storySigs) count(i int, text string) {
	if s != nil {
		s.sigs[i] = storyTerms(text)
	}
}

// drop forgets the i-th document (it failed).
func (s *storySigs) drop(i int) {
	if s != nil {
		s.sigs[i] = nil
	}
}

// evidence indexes the signatures and gives each analysis of an undated
// document (as[i] is of the i-th document) the evidence of its story.
func (s *storySigs) evidence(as []analysis) {
	if s == nil {
		return
	}
	dcts := make([]time.Time, len(s.docs))
	ids := make([]string, len(s.docs))
	for i, d := range s.docs {
		dcts[i], ids[i] = d.DCT, d.ID
	}
	x := newStoryIndex(s.sigs, dcts, ids)
	for i := range as {
		if s.sigs[i] != nil && dcts[i].IsZero() {
			as[i].story = x.story(s.sigs[i], ids[i])
		}
	}
}
