package ner

import "github.com/chronograph-news/chronograph/nlp/perceptron"

// trainWidth is how many partial labellings the beam keeps after each
// word in training, and decodeWidth when labelling. The history features
// read the two previous classes, so partial labellings that end in the
// same two classes are merged (the better kept) and the beam holds that
// many distinct histories. Width 1 is the greedy decoder.
//
// Training needs the wider beam: the structured perceptron updates where
// the gold labelling falls out of it, and a wider beam teaches the model
// more of the sentence. Labelling with the model so trained hardly needs
// it: on GUM dev's names, the name finder's development set, decoding
// widths 1, 2, 3 and 4 give F1 71.2, 73.3, 73.6 and 73.6 (Universal NER
// EWT test: 66.7, 67.1, 67.4, 67.2), while the name finder took about a
// quarter of the whole analysis with a beam of 4 and a fifth with 2 (CPU
// profiles of BenchmarkAnalyze). (The trainer labels the unlabelled
// part of its data with a first model at decodeWidth, so the committed
// model is the one trained with this width.)
const (
	trainWidth  = 4
	decodeWidth = 2
)

// hyp is one partial labelling in the beam: its last two classes (-1
// before the sentence), its score, its parent in the previous word's beam
// (-1 for none) and, in training, whether it is the gold labelling so far.
type hyp[S int32 | float32] struct {
	prev1, prev2 int
	score        S
	back         int
	gold         bool
}

// beam is the working memory of one beam search: the hypotheses kept
// after each word.
type beam[S int32 | float32] struct {
	steps  [][]hyp[S]
	base   []S // the label-independent scores of the current word
	scores []S // base plus one hypothesis's history scores
}

// scorer gives the scores of a beam search's words: static sets scores
// (len nc) to the scores of word i that do not depend on the classes
// chosen; history adds to them those that read the two classes before it.
type scorer[S int32 | float32] struct {
	nc      int
	static  func(i int, scores []S)
	history func(i, prev1, prev2 int, scores []S)
}

// successors[last][prev+1] lists the classes allowed after class prev
// (-1 at the start), at the last word of the sentence when last is 1.
var successors = func() (out [2][][]int) {
	for last := range 2 {
		out[last] = make([][]int, numClasses+1)
		for prev := -1; prev < numClasses; prev++ {
			i, n := 0, 2 // not the last word
			if last == 1 {
				i = 1
			}
			for c := range numClasses {
				if allowed(prev, c, i, n) {
					out[last][prev+1] = append(out[last][prev+1], c)
				}
			}
		}
	}
	return out
}()

// search labels the n words by beam search of the given width, under the
// constraints of allowed. With gold (the gold classes, in training) each
// hypothesis records whether it is the gold labelling so far. The
// hypotheses kept after word i are b.steps[i], best first; of equal
// scores the one from the better hypothesis, then of the lower class,
// comes first, so that width 1 is the greedy decoder.
func (b *beam[S]) search(n, width int, sc scorer[S], gold []int) {
	b.steps = resize(b.steps, n)
	b.base, b.scores = resize(b.base, sc.nc), resize(b.scores, sc.nc)
	start := [1]hyp[S]{{prev1: -1, prev2: -1, back: -1, gold: gold != nil}}
	prev := start[:]
	for i := range n {
		sc.static(i, b.base)
		last := 0
		if i == n-1 {
			last = 1
		}
		step := b.steps[i][:0]
		for h := range prev {
			ph := &prev[h]
			copy(b.scores, b.base)
			sc.history(i, ph.prev1, ph.prev2, b.scores)
			for _, c := range successors[last][ph.prev1+1] {
				s := ph.score + b.scores[c]
				if len(step) == width && s <= step[width-1].score {
					continue
				}
				step = insert(step, width, hyp[S]{
					prev1: c, prev2: ph.prev1, score: s, back: h,
					gold: ph.gold && gold != nil && c == gold[i],
				})
			}
		}
		b.steps[i] = step
		prev = step
	}
}

// insert adds x to step, kept best first and at most width long: after
// the hypotheses that score as much, and in place of one of the same
// history (the two last classes), unless that one scores as much.
func insert[S int32 | float32](step []hyp[S], width int, x hyp[S]) []hyp[S] {
	for k := range step {
		if step[k].prev1 == x.prev1 && step[k].prev2 == x.prev2 {
			if step[k].score >= x.score {
				return step
			}
			// Remove the worse one of the same history.
			step = append(step[:k], step[k+1:]...)
			break
		}
	}
	at := len(step)
	for k := range step {
		if x.score > step[k].score {
			at = k
			break
		}
	}
	if at >= width {
		return step
	}
	if len(step) < width {
		step = append(step, x)
	}
	copy(step[at+1:], step[at:len(step)-1])
	step[at] = x
	return step
}

// path writes into out the classes of words 0..len(out)-1 of hypothesis h
// of the beam after word len(out)-1.
func (b *beam[S]) path(h int, out []int) {
	for i := len(out) - 1; i >= 0; i-- {
		x := &b.steps[i][h]
		out[i] = x.prev1
		h = x.back
	}
}

// learner trains a perceptron as a structured one: it labels a sentence
// by beam search and, where the search goes most wrong, moves the
// weights toward the gold labelling so far and away from the best one
// (the max-violation update of Huang, Fayong and Guo 2012). Unlike a
// greedy decoder's word-by-word updates, this scores whole labellings,
// as the decoder compares them.
type learner struct {
	b      beam[float32]
	stat   []uint64  // the static features of every word, one after another
	off    []int     // word i's static features are stat[off[i]:off[i+1]]
	base   []float32 // the static scores of every word, nc each
	goldSc []float32 // the gold labelling's score after each word
	feats  []uint64
	tmp    []float32
	pred   []int
}

// learn trains tr on ex with a beam of the given width and returns how
// many words the beam's best labelling got wrong before the update.
func (l *learner) learn(tr *perceptron.Trainer, ex *example, width int) int {
	n, nc := ex.x.n, tr.NumClasses
	if n == 0 {
		return 0
	}
	l.stat, l.off = l.stat[:0], append(l.off[:0], 0)
	l.base = resize(l.base, n*nc)
	clear(l.base)
	for i := range n {
		l.stat = ex.x.static(i, l.stat)
		l.off = append(l.off, len(l.stat))
		tr.Score(l.stat[l.off[i]:l.off[i+1]], l.base[i*nc:(i+1)*nc])
	}
	history := func(i, prev1, prev2 int, scores []float32) {
		l.feats = ex.x.dynamic(i, prev1, prev2, l.feats[:0])
		tr.Score(l.feats, scores)
	}
	l.b.search(n, width, scorer[float32]{
		nc:      nc,
		static:  func(i int, scores []float32) { copy(scores, l.base[i*nc:(i+1)*nc]) },
		history: history,
	}, ex.gold)

	// The gold labelling's score after each word.
	l.goldSc = resize(l.goldSc, n)
	l.tmp = resize(l.tmp, nc)
	total := float32(0)
	for i := range n {
		clear(l.tmp)
		p1, p2 := goldPrev(ex.gold, i)
		history(i, p1, p2, l.tmp)
		total += l.base[i*nc+ex.gold[i]] + l.tmp[ex.gold[i]]
		l.goldSc[i] = total
	}
	l.pred = resize(l.pred, n)
	l.b.path(0, l.pred)
	wrong := 0
	for i := range n {
		if l.pred[i] != ex.gold[i] {
			wrong++
		}
	}
	at := l.violation(n)
	for range n {
		tr.Tick()
	}
	if at < 0 {
		return wrong
	}
	pred := l.pred[:at+1]
	l.b.path(0, pred)
	for j := range pred {
		g1, g2 := goldPrev(ex.gold, j)
		p1, p2 := goldPrev(pred, j)
		if pred[j] == ex.gold[j] && p1 == g1 && p2 == g2 {
			continue
		}
		if pred[j] != ex.gold[j] {
			tr.Update(l.stat[l.off[j]:l.off[j+1]], ex.gold[j], pred[j], 1)
		}
		l.feats = ex.x.dynamic(j, g1, g2, l.feats[:0])
		tr.Update(l.feats, ex.gold[j], -1, 1)
		l.feats = ex.x.dynamic(j, p1, p2, l.feats[:0])
		tr.Update(l.feats, -1, pred[j], 1)
	}
	return wrong
}

// violation returns the word after which the beam's best labelling is
// not the gold one and beats it by the most (-1 when the best is gold
// after every word).
func (l *learner) violation(n int) int {
	at := -1
	var most float32
	for i := range n {
		top := &l.b.steps[i][0]
		if top.gold {
			continue
		}
		if v := top.score - l.goldSc[i]; at < 0 || v > most {
			at, most = i, v
		}
	}
	return at
}

// goldPrev returns the two classes before word i of labels (-1 before
// the sentence).
func goldPrev(labels []int, i int) (prev1, prev2 int) {
	prev1, prev2 = -1, -1
	if i > 0 {
		prev1 = labels[i-1]
	}
	if i > 1 {
		prev2 = labels[i-2]
	}
	return prev1, prev2
}
