package parser

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/perceptron"
)

// Config sets how a parser is trained.
type Config struct {
	// Epochs is the number of passes over the training sentences.
	Epochs int
	// Seed fixes the shuffling of sentences and the exploration.
	Seed uint64
	// ExploreFrom is the first epoch (0-based) in which training follows
	// the parser's own predictions (with probability ExploreProb) rather
	// than the oracle's, so that it learns to recover from its errors.
	ExploreFrom int
	ExploreProb float64
	// MinCount drops features updated fewer times; MinWeight drops
	// averaged weights of smaller magnitude. Both shrink the model.
	MinCount  int
	MinWeight float32
	// TagNoise is the probability that, in an epoch, a training word
	// seen with several tags is given another of its tags (in proportion
	// to how often it had it), so that the parser learns not to trust
	// the tagger blindly on ambiguous words.
	TagNoise float64
}

// DefaultConfig returns the configuration the shipped model is trained with.
// 16 epochs were chosen over 12 by EWT dev with predicted tags (UAS 85.02
// against 84.89; GUM dev moved the other way by 0.16, so the choice is
// within noise).
func DefaultConfig() Config {
	return Config{Epochs: 16, Seed: 1, ExploreFrom: 1, ExploreProb: 0.9, MinCount: 8, MinWeight: 1, TagNoise: 0.4}
}

// example is a training sentence with its projectivized gold tree.
type example struct {
	sent      *conllu.Sentence
	words     words
	alts      [][]tagPair // per word index, the tags of its form in training (nil when only one)
	goldHead  []int32
	goldLabel []int16
}

// Train learns a parser from train (gold heads and relations; the tags it
// reads may be gold: see Config.TagNoise). After each epoch it writes to
// log (when not nil) the time and the UAS and LAS on dev (when not empty).
// Sentences whose trees are malformed are skipped; non-projective trees
// are projectivized by lifting.
func Train(train, dev []conllu.Sentence, cfg Config, log io.Writer) (*Model, error) {
	tr, labels, err := learn(train, dev, cfg, log)
	if err != nil {
		return nil, err
	}
	return newModel(labels, tr.Freeze(classNames(labels), cfg.MinWeight, cfg.MinCount)), nil
}

// learn runs the epochs of Train and returns the trainer and the labels.
func learn(train, dev []conllu.Sentence, cfg Config, log io.Writer) (*perceptron.Trainer, []string, error) {
	labels := collectLabels(train)
	index := make(map[string]int, len(labels))
	for i, l := range labels {
		index[l] = i
	}
	var exs []example
	lifted := 0
	for i := range train {
		ex, n, ok := makeExample(&train[i], index)
		if ok {
			exs = append(exs, ex)
			lifted += n
		}
	}
	if len(exs) == 0 {
		return nil, nil, errors.New("parser: no usable training sentence")
	}
	if log != nil {
		fmt.Fprintf(log, "parser: %d sentences (%d skipped), %d labels, %d arcs lifted\n",
			len(exs), len(train)-len(exs), len(labels), lifted)
	}
	if cfg.TagNoise > 0 {
		addAlternatives(exs)
	}
	rootLabel := slices.Index(labels, RootLabel)
	values := labelValues(len(labels))
	names := classNames(labels)
	tr := perceptron.NewTrainer(len(names))
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, len(names))
	cost := make([]int, len(names))
	feats := make([]uint64, 0, 128)
	for epoch := 0; epoch < max(cfg.Epochs, 1); epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := epoch >= cfg.ExploreFrom
		for _, i := range order {
			ex := &exs[i]
			if cfg.TagNoise > 0 {
				ex.perturb(rng, cfg.TagNoise)
			}
			st := newState(len(ex.sent.Tokens))
			for !st.done() {
				feats = features(st, &ex.words, values, feats[:0])
				clear(scores)
				tr.Score(feats, scores)
				st.costs(ex.goldHead, ex.goldLabel, rootLabel, cost)
				guess, gold := -1, -1
				for c, sc := range scores {
					if cost[c] < 0 {
						continue
					}
					if guess < 0 || sc > scores[guess] {
						guess = c
					}
					if cost[c] == 0 && (gold < 0 || sc > scores[gold]) {
						gold = c
					}
				}
				if gold < 0 { // cannot happen on a projective tree; be safe
					gold = guess
				}
				if cost[guess] > 0 {
					tr.Update(feats, gold, guess, 1)
				}
				tr.Tick()
				next := gold
				if explore && rng.Float64() < cfg.ExploreProb {
					next = guess
				}
				st.apply(kindOf(next))
			}
		}
		if log != nil {
			fmt.Fprintf(log, "epoch %d: %d features, %.1fs", epoch+1, tr.Features(), time.Since(start).Seconds())
			if len(dev) > 0 {
				m := newModel(labels, tr.Freeze(names, cfg.MinWeight, cfg.MinCount))
				uas, las := Evaluate(m, dev)
				fmt.Fprintf(log, ", dev UAS %.2f LAS %.2f (%d kept)", uas, las, m.NumFeatures())
			}
			fmt.Fprintln(log)
		}
	}
	return tr, labels, nil
}

// collectLabels returns the sorted relations of train, with RootLabel.
func collectLabels(train []conllu.Sentence) []string {
	seen := map[string]bool{RootLabel: true}
	for i := range train {
		for _, t := range train[i].Tokens {
			if t.DepRel != "" && t.DepRel != "_" {
				seen[t.DepRel] = true
			}
		}
	}
	labels := make([]string, 0, len(seen))
	for l := range seen {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	return labels
}

// makeExample checks and projectivizes the tree of s. It reports the
// number of arcs lifted and whether s is usable: every word has a head in
// range and a known relation, and exactly one word hangs from the root.
func makeExample(s *conllu.Sentence, index map[string]int) (example, int, bool) {
	n := len(s.Tokens)
	heads := make([]int, n)
	ex := example{sent: s, goldHead: make([]int32, n+1), goldLabel: make([]int16, n+1)}
	roots := 0
	for i, t := range s.Tokens {
		l, ok := index[t.DepRel]
		if !ok || t.Head < 0 || t.Head > n || t.Head == i+1 {
			return ex, 0, false
		}
		if t.Head == 0 {
			roots++
			l = index[RootLabel]
		}
		heads[i] = t.Head
		ex.goldLabel[i+1] = int16(l)
	}
	if roots != 1 || n == 0 || !acyclic(heads) {
		return ex, 0, false
	}
	lifted := Projectivize(heads)
	for i, h := range heads {
		ex.goldHead[i+1] = int32(h)
	}
	ex.goldHead[0] = none
	ex.words = hashWords(s)
	return ex, lifted, true
}

// acyclic reports whether every word reaches the root.
func acyclic(heads []int) bool {
	for d := 1; d <= len(heads); d++ {
		k, steps := d, 0
		for k != 0 {
			k = heads[k-1]
			if steps++; steps > len(heads) {
				return false
			}
		}
	}
	return true
}

// tagPair is the hashed XPOS and UPOS of a word.
type tagPair struct{ tag, upos uint64 }

// addAlternatives gives each word of exs the tags its form has elsewhere
// in exs, repeated as often as they occur there.
func addAlternatives(exs []example) {
	seen := map[uint64]map[tagPair]int{}
	for i := range exs {
		w := &exs[i].words
		for j := 2; j < len(w.form); j++ {
			m := seen[w.form[j]]
			if m == nil {
				m = map[tagPair]int{}
				seen[w.form[j]] = m
			}
			m[tagPair{w.tag[j], w.upos[j]}]++
		}
	}
	alts := map[uint64][]tagPair{}
	for form, m := range seen {
		if len(m) < 2 {
			continue
		}
		var list []tagPair
		for p, n := range m {
			for range n {
				list = append(list, p)
			}
		}
		slices.SortFunc(list, func(a, b tagPair) int {
			if a.tag != b.tag {
				return cmpUint(a.tag, b.tag)
			}
			return cmpUint(a.upos, b.upos)
		})
		alts[form] = list
	}
	for i := range exs {
		ex := &exs[i]
		w := &ex.words
		ex.alts = make([][]tagPair, len(w.form))
		for j := 2; j < len(w.form); j++ {
			ex.alts[j] = alts[w.form[j]]
		}
		ex.words.gold = slices.Clone(w.tag[:])
		ex.words.goldUpos = slices.Clone(w.upos[:])
	}
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// perturb resets the tags of ex to gold, then gives each word with
// alternatives, with probability p, one of them.
func (ex *example) perturb(rng *rand.Rand, p float64) {
	w := &ex.words
	copy(w.tag, w.gold)
	copy(w.upos, w.goldUpos)
	for j, alts := range ex.alts {
		if len(alts) == 0 || rng.Float64() >= p {
			continue
		}
		a := alts[rng.IntN(len(alts))]
		w.tag[j], w.upos[j] = a.tag, a.upos
	}
}
