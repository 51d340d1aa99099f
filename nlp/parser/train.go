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
	// LabelMinCount is MinCount for the label model, which is updated
	// less often (only on the arcs it mislabels).
	LabelMinCount int
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
	return Config{Epochs: 16, Seed: 1, ExploreFrom: 1, ExploreProb: 0.9, MinCount: 8, MinWeight: 1, LabelMinCount: 2, TagNoise: 0.4}
}

// example is a training sentence with its projectivized gold tree.
type example struct {
	sent      *conllu.Sentence
	words     words
	alts      [][]tagPair // per word index, the tags of its form in training (nil when only one)
	goldHead  []int32
	goldLabel []int16
	goldGroup []int8
}

// Train learns a parser from train (gold heads and relations; the tags it
// reads may be gold: see Config.TagNoise). After each epoch it writes to
// log (when not nil) the time and the UAS and LAS on dev (when not empty).
// Sentences whose trees are malformed are skipped; non-projective trees
// are projectivized by lifting.
func Train(train, dev []conllu.Sentence, cfg Config, log io.Writer) (*Model, error) {
	l, err := learn(train, dev, cfg, log)
	if err != nil {
		return nil, err
	}
	return l.freeze(cfg), nil
}

// learner holds the two trainers of a parser and its labels.
type learner struct {
	actions, relations *perceptron.Trainer
	labels             []string
}

// freeze returns the averaged, pruned model.
func (l *learner) freeze(cfg Config) *Model {
	return newModel(l.labels, l.actions.Freeze(classNames(), cfg.MinWeight, cfg.MinCount),
		l.relations.Freeze(l.labels, cfg.MinWeight, cfg.LabelMinCount))
}

// learn runs the epochs of Train.
func learn(train, dev []conllu.Sentence, cfg Config, log io.Writer) (*learner, error) {
	labels := collectLabels(train)
	index := make(map[string]int, len(labels))
	for i, l := range labels {
		index[l] = i
	}
	var exs []example
	lifted := 0
	for i := range train {
		ex, n, ok := makeExample(&train[i], index, labels)
		if ok {
			exs = append(exs, ex)
			lifted += n
		}
	}
	if len(exs) == 0 {
		return nil, errors.New("parser: no usable training sentence")
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
	l := &learner{actions: perceptron.NewTrainer(numClasses), relations: perceptron.NewTrainer(len(labels)), labels: labels}
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var (
		scores  [numClasses]float32
		cost    [numClasses]int
		lscores = make([]float32, len(labels))
		feats   = make([]uint64, 0, 128)
		lfeats  = make([]uint64, 0, 64)
	)
	groups := groupsOf(labels)
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
				clear(scores[:])
				l.actions.Score(feats, scores[:])
				st.costs(ex.goldHead, ex.goldGroup, &cost)
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
					l.actions.Update(feats, gold, guess, 1)
				}
				l.actions.Tick()
				next, own := gold, explore && rng.Float64() < cfg.ExploreProb
				if own {
					next = guess
				}
				kind, g := kindOf(next)
				label := -1
				if kind == leftArc || kind == rightArc {
					// The label model learns on the arcs that are right,
					// among the relations of the gold group; an arc
					// following the model keeps its predicted label.
					h, d := st.arc(kind)
					switch {
					case h == 0:
						label = rootLabel
					default:
						lfeats = labelFeatures(st, &ex.words, values, h, d, lfeats[:0])
						clear(lscores)
						l.relations.Score(lfeats, lscores)
						if ex.goldHead[d] == h {
							guessL := bestInGroup(lscores, groups, int(ex.goldGroup[d]), rootLabel)
							l.relations.Update(lfeats, int(ex.goldLabel[d]), guessL, 1)
							l.relations.Tick()
						}
						label = bestInGroup(lscores, groups, g, rootLabel)
						if !own && ex.goldHead[d] == h {
							label = int(ex.goldLabel[d])
						}
					}
				}
				st.apply(kind, label)
			}
		}
		if log != nil {
			fmt.Fprintf(log, "epoch %d: %d+%d features, %.1fs", epoch+1, l.actions.Features(), l.relations.Features(),
				time.Since(start).Seconds())
			if len(dev) > 0 {
				m := l.freeze(cfg)
				uas, las := Evaluate(m, dev)
				fmt.Fprintf(log, ", dev UAS %.2f LAS %.2f (%d kept)", uas, las, m.NumFeatures())
			}
			fmt.Fprintln(log)
		}
	}
	return l, nil
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
func makeExample(s *conllu.Sentence, index map[string]int, labels []string) (example, int, bool) {
	n := len(s.Tokens)
	heads := make([]int, n)
	ex := example{sent: s, goldHead: make([]int32, n+1), goldLabel: make([]int16, n+1), goldGroup: make([]int8, n+1)}
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
		ex.goldGroup[i+1] = int8(groupOf(labels[l]))
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
