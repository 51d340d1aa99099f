package tagger

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/perceptron"
)

// Dictionary thresholds, over the training words.
const (
	dictMinCount  = 3    // a word seen fewer times gets no ambiguity class (it is treated like an unknown word)
	ambMinShare   = 0.05 // a tag joins a word's ambiguity class when it has at least this share of the word's uses
	fixedMinCount = 20   // a word is tagged from the dictionary when seen at least this often
	fixedMinShare = 0.99 // with one tag in at least this share of its uses
)

// Config sets how a tagger is trained.
type Config struct {
	Epochs    int     // passes over the training data
	Seed      uint64  // seed of the sentence shuffling
	MinWeight float32 // averaged weights below this (absolute) are pruned
	MinCount  int     // features updated fewer times are pruned
	MinLabel  int     // a joint label seen fewer times is not predicted (its words learn a frequent neighbour's)
}

// DefaultConfig returns the settings the shipped model is trained with.
func DefaultConfig() Config {
	return Config{Epochs: 8, Seed: 1, MinWeight: 0.1, MinCount: 2, MinLabel: 20}
}

// label returns the joint label of a token.
func label(t *conllu.Token) string { return t.UPOS + labelSep + t.XPOS }

// Train learns a tagger from train; after each epoch it writes the
// accuracy on dev (when dev is not empty) to log (when not nil).
func Train(train, dev []conllu.Sentence, cfg Config, log io.Writer) (*Model, error) {
	if cfg.Epochs <= 0 {
		return nil, errors.New("tagger: no epochs")
	}
	classes, classIndex, err := labels(train, cfg.MinLabel)
	if err != nil {
		return nil, err
	}
	entries := dictionary(train, classIndex, len(classes))

	lowerAmb := lowerAmbs(entries)
	words := make(map[string]int32, len(entries))
	for i, e := range entries {
		words[e.form] = int32(i)
	}

	// The word-only features of every token, computed once.
	type sent struct {
		feats []uint64 // the features of word i are feats[start[i]:start[i+1]]
		start []int32
		gold  []int32
		fixed []int32
		ctx   []ctx
	}
	data := make([]sent, len(train))
	var buf []uint64
	for si, s := range train {
		n := len(s.Tokens)
		d := sent{start: make([]int32, n+1), gold: make([]int32, n), fixed: make([]int32, n)}
		wordAt := func(j int) (string, uint64) {
			switch {
			case j < 0:
				return startWord, 0
			case j >= n:
				return endWord, 0
			}
			if e, ok := words[s.Tokens[j].Form]; ok {
				return s.Tokens[j].Form, entries[e].amb
			}
			return s.Tokens[j].Form, 0
		}
		for i := range s.Tokens {
			for o := -window; o <= window; o++ {
				w, amb := wordAt(i + o)
				buf = wordFeats(buf[:0], w, amb, lowerAmbOf(lowerAmb, w), o)
				d.feats = append(d.feats, buf...)
			}
			d.start[i+1] = int32(len(d.feats))
			d.gold[i] = int32(classIndex[label(&s.Tokens[i])])
			d.fixed[i] = -1
			if e, ok := words[s.Tokens[i].Form]; ok {
				d.fixed[i] = entries[e].fixed
			}
		}
		d.ctx = appendCtx(nil, n, func(i int) string { return s.Tokens[i].Form }, func(i int) uint64 {
			_, amb := wordAt(i)
			return amb
		})
		data[si] = d
	}

	nc := len(classes)
	tr := perceptron.NewTrainer(nc)
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, nc)
	var m *Model
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, si := range order {
			d := &data[si]
			p1, p2 := nc, nc
			for i, gold := range d.gold {
				g := int(d.fixed[i])
				if g < 0 {
					buf = append(buf[:0], d.feats[d.start[i]:d.start[i+1]]...)
					buf = append(buf, prevKey(p1), prev2Key(p2), prevPrev2Key(p1, p2), sentCaseKey(d.ctx[i].sentCase))
					buf = historyFeats(buf, p1, &d.ctx[i])
					clear(scores)
					tr.Score(buf, scores)
					g = perceptron.Best(scores, nil)
					tr.Update(buf, int(gold), g, 1)
					tr.Tick()
				}
				if g == int(gold) {
					right++
				}
				total++
				p2, p1 = p1, g
			}
		}
		if epoch == cfg.Epochs || log != nil && len(dev) > 0 {
			m = newModel(classes, tr.Freeze(classes, cfg.MinWeight, cfg.MinCount), entries)
		}
		if log != nil {
			fmt.Fprintf(log, "tagger epoch %d: train %.2f%%", epoch, 100*float64(right)/float64(max(total, 1)))
			if len(dev) > 0 {
				a := m.Evaluate(dev)
				fmt.Fprintf(log, ", dev UPOS %.2f%% XPOS %.2f%% both %.2f%%", a.UPOS, a.XPOS, a.Both)
			}
			if m != nil {
				fmt.Fprintf(log, ", %d features", m.pm.NumFeatures())
			}
			fmt.Fprintln(log)
		}
	}
	return m, nil
}

// dictionary returns the entries of the training words seen at least
// dictMinCount times, most frequent first (ties by form).
func dictionary(train []conllu.Sentence, classIndex map[string]int, nc int) []entry {
	counts := map[string][]int32{}
	for _, s := range train {
		for i := range s.Tokens {
			t := &s.Tokens[i]
			c := counts[t.Form]
			if c == nil {
				c = make([]int32, nc)
				counts[t.Form] = c
			}
			c[classIndex[label(t)]]++
		}
	}
	type counted struct {
		entry
		n int
	}
	var es []counted
	for w, c := range counts {
		n := 0
		best := 0
		for k, x := range c {
			n += int(x)
			if x > c[best] {
				best = k
			}
		}
		if n < dictMinCount {
			continue
		}
		e := counted{entry: entry{form: w, fixed: -1}, n: n}
		h := uint64(fnvOffset)
		for k, x := range c {
			if float64(x) >= ambMinShare*float64(n) {
				h ^= uint64(k + 1)
				h *= fnvPrime
			}
		}
		e.amb = h | 1 // never 0, which means none
		if n >= fixedMinCount && float64(c[best]) >= fixedMinShare*float64(n) {
			e.fixed = int32(best)
		}
		es = append(es, e)
	}
	slices.SortFunc(es, func(a, b counted) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.form, b.form)
	})
	out := make([]entry, len(es))
	for i, e := range es {
		out[i] = e.entry
	}
	return out
}

// labels returns the labels the tagger predicts, sorted, and the class
// every training label is learned as: those seen fewer than minLabel
// times are learned as the most frequent kept label with their XPOS (else
// their UPOS, else the most frequent label).
func labels(train []conllu.Sentence, minLabel int) ([]string, map[string]int, error) {
	counts := map[string]int{}
	for _, s := range train {
		for i := range s.Tokens {
			counts[label(&s.Tokens[i])]++
		}
	}
	if len(counts) == 0 {
		return nil, nil, errors.New("tagger: no training words")
	}
	all := make([]string, 0, len(counts))
	for c := range counts {
		if strings.Contains(c, "\n") {
			return nil, nil, fmt.Errorf("tagger: bad tag %q", c)
		}
		all = append(all, c)
	}
	slices.Sort(all)
	// Most frequent first, to pick substitutes.
	byCount := slices.Clone(all)
	slices.SortStableFunc(byCount, func(a, b string) int { return counts[b] - counts[a] })
	var classes []string
	for _, c := range all {
		if counts[c] >= minLabel || counts[c] == counts[byCount[0]] {
			classes = append(classes, c)
		}
	}
	index := map[string]int{}
	for i, c := range classes {
		index[c] = i
	}
	for _, c := range all {
		if _, ok := index[c]; ok {
			continue
		}
		u, x, _ := strings.Cut(c, labelSep)
		sub := -1
		for _, d := range byCount {
			_, dx, _ := strings.Cut(d, labelSep)
			if i, ok := index[d]; ok && dx == x {
				sub = i
				break
			}
		}
		if sub < 0 {
			for _, d := range byCount {
				du, _, _ := strings.Cut(d, labelSep)
				if i, ok := index[d]; ok && du == u {
					sub = i
					break
				}
			}
		}
		if sub < 0 {
			sub = index[byCount[0]]
		}
		index[c] = sub
	}
	return classes, index, nil
}
