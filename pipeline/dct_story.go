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

// TermCount is a hashed term of a text and how often it occurs.
type TermCount struct {
	Term uint32
	N    uint16
}

// StorySig is the signature of a text for the story evidence: its terms,
// sorted by term (see storyTerms).
type StorySig []TermCount

// storyTerms returns the signature of text: its words of letters only, of
// minStoryTermLen letters or more, lowercased (a possessive "'s" cut),
// hashed, with their counts; the maxStoryTerms most frequent are kept.
func storyTerms(text string) StorySig {
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
	sig := make(StorySig, 0, len(counts))
	for t, n := range counts {
		sig = append(sig, TermCount{Term: t, N: uint16(min(n, math.MaxUint16))})
	}
	if len(sig) > maxStoryTerms {
		slices.SortFunc(sig, func(a, b TermCount) int { return cmp.Or(-cmp.Compare(a.N, b.N), cmp.Compare(a.Term, b.Term)) })
		sig = sig[:maxStoryTerms]
	}
	slices.SortFunc(sig, func(a, b TermCount) int { return cmp.Compare(a.Term, b.Term) })
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
func newStoryIndex(sigs []StorySig, dcts []time.Time, ids []string) *storyIndex {
	x := &storyIndex{df: map[uint32]int32{}, postings: map[uint32][]posting{}}
	for _, s := range sigs {
		if s == nil {
			continue
		}
		x.docs++
		for _, tc := range s {
			x.df[tc.Term]++
		}
	}
	for i, s := range sigs {
		if s == nil || dcts[i].IsZero() {
			continue
		}
		k := int32(len(x.dated))
		x.dated = append(x.dated, storyDoc{id: ids[i], dct: day(dcts[i]), norm: x.norm(s)})
		for _, tc := range s {
			if x.read(tc.Term) {
				x.postings[tc.Term] = append(x.postings[tc.Term], posting{doc: k, n: tc.N})
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
func (x *storyIndex) norm(s StorySig) float64 {
	var sum float64
	for _, tc := range s {
		if x.read(tc.Term) {
			w := x.weight(tc.Term, tc.N)
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
func (x *storyIndex) story(s StorySig, self string) storyEvidence {
	if x == nil || len(s) == 0 {
		return storyEvidence{}
	}
	norm := x.norm(s)
	if norm == 0 {
		return storyEvidence{}
	}
	dot := map[int32]float64{}
	for _, tc := range s {
		w := x.weight(tc.Term, tc.N)
		for _, p := range x.postings[tc.Term] {
			dot[p.doc] += w * x.weight(tc.Term, p.n)
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

// Thresholds of the story evidence (see storyDay), calibrated by reading
// each TE3-Silver article undated among the others (TestStoryLeaveOneOut;
// 2,452 articles: 20 days right, 1 a day off, none further) and checked on
// eval/gold/dct-silver.tsv and dct-silver2.tsv; looser values (a span of 3
// days, a share of 0.75, a cosine of 0.25, an interval without a weekday)
// date more articles and some a week off: a story's articles near the text
// may be of another week of it.
const (
	// storyLooseCos is the least cosine of a dated article to be weighed
	// among the nearest.
	storyLooseCos = 0.12
	// minStoryCos is the least cosine of an article that tells the same
	// story, and minStoryAgree how many of them the days must hold.
	minStoryCos   = 0.30
	minStoryAgree = 2
	// storySpan is the most days from the first to the last article of
	// the story's days.
	storySpan = 2
	// minStoryShare is the least share of the weighed articles' cosines
	// the story's days must hold.
	minStoryShare = 0.8
	// storyDayAfter is how many days after the story's last article the
	// text's weekday may date it (a follow-up the next day).
	storyDayAfter = 1
	// storyConfidence is the confidence of a story-dated day.
	storyConfidence = 0.6
)

// storyDay infers the DCT from the dated articles nearest the text's story
// (ev.neighbors, nearest first; those of cosine storyLooseCos or more are
// weighed by their cosine): the storySpan days that hold the most weight
// are the story's days when they hold minStoryShare of it, with
// minStoryAgree articles of cosine minStoryCos or more. The first weekday
// the text names not as a prospect ("said Thursday": news names its own
// day first) then dates it: the day of that weekday among the story's days
// or the storyDayAfter days after them, on or after bound (when hasBound),
// not before the latest year the text names (when hasYear). Without such a weekday, or when the story's articles
// disagree, it reports false: an interval would be too often of another
// week of a long story.
func storyDay(ev storyEvidence, weekday time.Weekday, hasWeekday bool, bound time.Time, hasBound bool, latestYear int, hasYear bool) (Inference, bool) {
	var weighed []storyNeighbor
	var total float64
	for _, n := range ev.neighbors {
		if n.Cos >= storyLooseCos {
			weighed = append(weighed, n)
			total += n.Cos
		}
	}
	// the story's days: the storySpan days from a weighed article's that
	// hold the most weight (the first such in neighbor order)
	var story []storyNeighbor
	best := 0.0
	for _, w := range weighed {
		var in []storyNeighbor
		var sum float64
		for _, n := range weighed {
			if off := n.DCT.Sub(w.DCT).Hours() / 24; off >= 0 && off <= storySpan {
				in, sum = append(in, n), sum+n.Cos
			}
		}
		if sum > best {
			best, story = sum, in
		}
	}
	agree := 0
	var first, last time.Time
	for _, n := range story {
		first, last = earlier(first, n.DCT), later(last, n.DCT)
		if n.Cos >= minStoryCos {
			agree++
		}
	}
	if !hasWeekday || agree < minStoryAgree || best < minStoryShare*total {
		return Inference{}, false
	}
	for d := first; !d.After(last.AddDate(0, 0, storyDayAfter)); d = d.AddDate(0, 0, 1) {
		if d.Weekday() != weekday {
			continue
		}
		if hasBound && d.Before(bound) || hasYear && d.Year() < latestYear {
			return Inference{}, false
		}
		return dayInference(d, storyConfidence, fmt.Sprintf(
			"the %s the text names first, in the days of %d dated articles of its story (%s..%s; nearest %s, cosine %.2f)",
			weekday, len(story), dateOnly(first), dateOnly(last), story[0].ID, story[0].Cos)), true
	}
	return Inference{}, false
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
	sigs []StorySig
}

// newStorySigs returns the signatures to count for docs, or nil when
// every one is dated: the story evidence serves only undated documents.
func newStorySigs(docs []*document.Document) *storySigs {
	if !slices.ContainsFunc(docs, func(d *document.Document) bool { return d.DCT.IsZero() }) {
		return nil
	}
	return &storySigs{docs: docs, sigs: make([]StorySig, len(docs))}
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
