// Package wordclass groups words into classes by the contexts they occur
// in, from unlabelled text: the exchange algorithm of Kneser and Ney
// (1993) and Martin, Liermann and Ney (1998), which moves one word at a
// time to the class that most raises the likelihood of a class bigram
// model of the text. Words that stand in the same places ("Paris" and
// "Moscow", "Smith" and "Jones", "Inc." and "Corp.") end up in the same
// class, so a model that reads a word's class generalizes from the words
// it was trained on to others it never saw labelled.
//
// Count the text with [Counts.Add], one sentence at a time, then call
// [Counts.Classes]. The result depends only on the text and the settings:
// ties are broken by word order, never by map order.
package wordclass

import (
	"cmp"
	"math"
	"slices"
)

// Counts holds the word and word bigram counts of a text. It is not safe
// for concurrent use.
type Counts struct {
	ids     map[string]int32
	words   []string
	freq    []int64
	bigrams map[[2]int32]int64 // (left, right) word ids → count
}

// Reserved word ids: the boundary around a sentence.
const boundary int32 = 0

// NewCounts returns empty counts.
func NewCounts() *Counts {
	return &Counts{ids: map[string]int32{"": boundary}, words: []string{""}, freq: []int64{0}, bigrams: map[[2]int32]int64{}}
}

// Add counts one sentence of words (as the caller wants them compared:
// lowercased, for example). Empty words are skipped.
func (c *Counts) Add(words []string) {
	prev := boundary
	for _, w := range words {
		if w == "" {
			continue
		}
		id, ok := c.ids[w]
		if !ok {
			id = int32(len(c.words))
			c.ids[w] = id
			c.words = append(c.words, w)
			c.freq = append(c.freq, 0)
		}
		c.freq[id]++
		c.bigrams[[2]int32{prev, id}]++
		prev = id
	}
	c.bigrams[[2]int32{prev, boundary}]++
}

// Config sets how Classes clusters.
type Config struct {
	// Classes is the number of classes.
	Classes int
	// MinCount is how often a word must occur to be given a class; the
	// rarer words share one fixed context class.
	MinCount int
	// Iterations bounds the passes over the words; a pass that moves no
	// word ends the clustering.
	Iterations int
}

// neighbor is one word next to another and how often.
type neighbor struct {
	class int32 // the neighbour's current class (updated as words move)
	word  int32 // the neighbour's index among the clustered words, or -1 when fixed
	n     int64
}

// Classes clusters the words that occur at least cfg.MinCount times into
// cfg.Classes classes and returns each word's class (0..Classes-1).
// Words are first dealt out in order of frequency; each pass then moves
// every word, most frequent first, to the class that most raises the
// likelihood of the class bigram model.
func (c *Counts) Classes(cfg Config) map[string]int {
	k := max(cfg.Classes, 1)
	// The clustered words, most frequent first (ties by spelling).
	var order []int32
	for id := int32(1); id < int32(len(c.words)); id++ {
		if c.freq[id] >= int64(cfg.MinCount) {
			order = append(order, id)
		}
	}
	slices.SortFunc(order, func(a, b int32) int {
		if d := cmp.Compare(c.freq[b], c.freq[a]); d != 0 {
			return d
		}
		return cmp.Compare(c.words[a], c.words[b])
	})
	// Classes k and k+1 are fixed: the sentence boundary, and the rare
	// words.
	nc := k + 2
	index := make([]int32, len(c.words)) // word id → index in order, or -1
	class := make([]int32, len(c.words))
	for id := range index {
		index[id] = -1
		class[id] = int32(k + 1)
	}
	class[boundary] = int32(k)
	for i, id := range order {
		index[id] = int32(i)
		class[id] = int32(i % k)
	}
	// Neighbour lists of the clustered words, in a fixed order.
	left := make([][]neighbor, len(order))  // words before each word
	right := make([][]neighbor, len(order)) // words after it
	self := make([]int64, len(order))
	keys := make([][2]int32, 0, len(c.bigrams))
	for b := range c.bigrams {
		keys = append(keys, b)
	}
	slices.SortFunc(keys, func(a, b [2]int32) int {
		if d := cmp.Compare(a[0], b[0]); d != 0 {
			return d
		}
		return cmp.Compare(a[1], b[1])
	})
	m := make([]int64, nc*nc) // class bigram counts
	nl := make([]int64, nc)   // class counts as the left word
	nr := make([]int64, nc)   // as the right word
	for _, b := range keys {
		n := c.bigrams[b]
		u, v := b[0], b[1]
		m[int(class[u])*nc+int(class[v])] += n
		nl[class[u]] += n
		nr[class[v]] += n
		iu, iv := index[u], index[v]
		if iu >= 0 && iu == iv {
			self[iu] += n
			continue
		}
		if iu >= 0 {
			right[iu] = append(right[iu], neighbor{class[v], iv, n})
		}
		if iv >= 0 {
			left[iv] = append(left[iv], neighbor{class[u], iu, n})
		}
	}
	// Where each word stands in its neighbours' lists, so that a move
	// updates their view of its class.
	type ref struct{ word, at int32 }
	var inLeft, inRight [][]ref = make([][]ref, len(order)), make([][]ref, len(order))
	for i := range order {
		for j, nb := range right[i] {
			if nb.word >= 0 {
				inLeft[nb.word] = append(inLeft[nb.word], ref{int32(i), int32(j)})
			}
		}
		for j, nb := range left[i] {
			if nb.word >= 0 {
				inRight[nb.word] = append(inRight[nb.word], ref{int32(i), int32(j)})
			}
		}
	}

	var (
		rc, lc     = make([]int64, nc), make([]int64, nc) // the moving word's context class counts
		rs, ls     []int32                                // their non-zero classes
		cur        = make([]int32, len(order))            // current class of each clustered word
		moved      = true
		improveEps = 1e-9
	)
	for i, id := range order {
		cur[i] = class[id]
	}
	for it := 0; it < cfg.Iterations && moved; it++ {
		moved = false
		for i := range order {
			a := cur[i]
			// Context class counts of word i, its self bigrams apart.
			rs, ls = rs[:0], ls[:0]
			var nL, nR int64 = self[i], self[i]
			for _, nb := range right[i] {
				if rc[nb.class] == 0 {
					rs = append(rs, nb.class)
				}
				rc[nb.class] += nb.n
				nL += nb.n
			}
			for _, nb := range left[i] {
				if lc[nb.class] == 0 {
					ls = append(ls, nb.class)
				}
				lc[nb.class] += nb.n
				nR += nb.n
			}
			// Take the word out of class a.
			add(m, nl, nr, nc, a, rc, lc, rs, ls, self[i], nL, nR, -1)
			// The best class to put it in (a first, so that ties keep it).
			best, bestGain := a, gain(m, nl, nr, nc, a, rc, lc, rs, ls, self[i], nL, nR)
			for b := int32(0); b < int32(k); b++ {
				if b == a {
					continue
				}
				if g := gain(m, nl, nr, nc, b, rc, lc, rs, ls, self[i], nL, nR); g > bestGain+improveEps {
					best, bestGain = b, g
				}
			}
			add(m, nl, nr, nc, best, rc, lc, rs, ls, self[i], nL, nR, 1)
			if best != a {
				moved = true
				cur[i] = best
				for _, r := range inLeft[i] {
					right[r.word][r.at].class = best
				}
				for _, r := range inRight[i] {
					left[r.word][r.at].class = best
				}
			}
			for _, d := range rs {
				rc[d] = 0
			}
			for _, d := range ls {
				lc[d] = 0
			}
		}
	}
	out := make(map[string]int, len(order))
	for i, id := range order {
		out[c.words[id]] = int(cur[i])
	}
	return out
}

// add adds (sign 1) or removes (sign -1) a word with context class
// counts rc (right) and lc (left), self bigrams self and margins nL, nR
// to or from class b.
func add(m, nl, nr []int64, nc int, b int32, rc, lc []int64, rs, ls []int32, self, nL, nR int64, sign int64) {
	row := int(b) * nc
	for _, d := range rs {
		m[row+int(d)] += sign * rc[d]
	}
	for _, e := range ls {
		m[int(e)*nc+int(b)] += sign * lc[e]
	}
	m[row+int(b)] += sign * self
	nl[b] += sign * nL
	nr[b] += sign * nR
}

// gain returns how much putting the word into class b raises the
// likelihood Σ N(c,d) log N(c,d) − Σ N_L(c) log N_L(c) − Σ N_R(d) log N_R(d).
func gain(m, nl, nr []int64, nc int, b int32, rc, lc []int64, rs, ls []int32, self, nL, nR int64) float64 {
	row := int(b) * nc
	g := 0.0
	diag := self
	for _, d := range rs {
		if d == b {
			diag += rc[d]
			continue
		}
		x := m[row+int(d)]
		g += xlogx(x+rc[d]) - xlogx(x)
	}
	for _, e := range ls {
		if e == b {
			diag += lc[e]
			continue
		}
		x := m[int(e)*nc+int(b)]
		g += xlogx(x+lc[e]) - xlogx(x)
	}
	if diag != 0 {
		x := m[row+int(b)]
		g += xlogx(x+diag) - xlogx(x)
	}
	g -= xlogx(nl[b]+nL) - xlogx(nl[b])
	g -= xlogx(nr[b]+nR) - xlogx(nr[b])
	return g
}

// xlogx returns x log x (0 for 0).
func xlogx(x int64) float64 {
	if x <= 0 {
		return 0
	}
	if x < int64(len(xlogxTable)) {
		return xlogxTable[x]
	}
	f := float64(x)
	return f * math.Log(f)
}

// xlogxTable holds x log x for small x, which most cells are.
var xlogxTable = func() []float64 {
	t := make([]float64, 1<<16)
	for i := 1; i < len(t); i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}()
