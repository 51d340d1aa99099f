package perceptron

import (
	"maps"
	"math"
	"slices"
)

// Trainer learns an averaged perceptron over NumClasses classes. It is not
// safe for concurrent use. The zero value is not usable: call NewTrainer.
type Trainer struct {
	NumClasses int
	index      map[uint64]int32 // feature → rows
	rows       []row
	seen       []int32 // per row: instances that fired it (for pruning by count)
	clock      int32   // instances seen so far, the averaging clock
}

// row is the sparse weights of one feature: parallel slices, one entry per
// class the feature was ever updated for.
type row struct {
	cls   []uint16
	w     []float32
	total []float64 // sum of w over the clock up to stamp
	stamp []int32
}

// NewTrainer returns a trainer for n classes.
func NewTrainer(n int) *Trainer {
	if n <= 0 || n > math.MaxUint16 {
		panic("perceptron: bad number of classes")
	}
	return &Trainer{NumClasses: n, index: make(map[uint64]int32)}
}

// Score adds the current weights of feats to scores (len NumClasses).
func (t *Trainer) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		i, ok := t.index[f]
		if !ok {
			continue
		}
		r := &t.rows[i]
		for j, c := range r.cls {
			scores[c] += r.w[j]
		}
	}
}

// Best returns the highest of scores among the allowed classes (all when
// allowed is nil), the lowest index winning ties; -1 when none is allowed.
// It serves the trainer's float32 scores and the model's int32 ones.
func Best[S int32 | float32](scores []S, allowed func(int) bool) int {
	best, bs := -1, S(0)
	for c, s := range scores {
		if allowed != nil && !allowed(c) {
			continue
		}
		if best < 0 || s > bs {
			best, bs = c, s
		}
	}
	return best
}

// Update moves the weights of feats toward gold and away from guess by
// delta (1 for a plain perceptron; a cost for a cost-sensitive one). It
// does nothing when gold == guess. Call Tick once per training instance,
// whether or not it updated.
func (t *Trainer) Update(feats []uint64, gold, guess int, delta float32) {
	if gold == guess {
		return
	}
	for _, f := range feats {
		i, ok := t.index[f]
		if !ok {
			i = int32(len(t.rows))
			t.index[f] = i
			t.rows = append(t.rows, row{})
			t.seen = append(t.seen, 0)
		}
		t.seen[i]++
		r := &t.rows[i]
		if gold >= 0 {
			r.add(uint16(gold), delta, t.clock)
		}
		if guess >= 0 {
			r.add(uint16(guess), -delta, t.clock)
		}
	}
}

// Tick advances the averaging clock by one instance.
func (t *Trainer) Tick() { t.clock++ }

func (r *row) add(c uint16, d float32, now int32) {
	j := slices.Index(r.cls, c)
	if j < 0 {
		r.cls = append(r.cls, c)
		r.w = append(r.w, 0)
		r.total = append(r.total, 0)
		r.stamp = append(r.stamp, now)
		j = len(r.cls) - 1
	}
	r.total[j] += float64(now-r.stamp[j]) * float64(r.w[j])
	r.stamp[j] = now
	r.w[j] += d
}

// Features returns the number of distinct features updated so far.
func (t *Trainer) Features() int { return len(t.rows) }

// Freeze returns the averaged model. Weights whose average has an absolute
// value below minWeight, and features updated fewer than minCount times,
// are dropped. The trainer stays usable (its weights are not averaged in
// place).
func (t *Trainer) Freeze(classes []string, minWeight float32, minCount int) *Model {
	return FreezeMean([]*Trainer{t}, classes, minWeight, minCount)
}

// FreezeMean returns the model whose weights are the mean of the averaged
// weights of ts (a feature missing from a trainer counts 0 there): for a
// linear model, the same scores as averaging the scores of ts's models,
// an ensemble at the cost of one model. Pruning is as for Freeze, a
// feature's count summed over ts. The trainers must have the same number
// of classes and stay usable.
func FreezeMean(ts []*Trainer, classes []string, minWeight float32, minCount int) *Model {
	for _, t := range ts {
		if len(classes) != t.NumClasses {
			panic("perceptron: class names do not match the number of classes")
		}
	}
	keySet := map[uint64]bool{}
	for _, t := range ts {
		for k := range t.index {
			keySet[k] = true
		}
	}
	keys := slices.Sorted(maps.Keys(keySet))
	type averaged struct {
		c uint16
		w float64
	}
	var (
		fkeys  []uint64
		frows  [][]averaged
		maxAbs float64
		sums   = make([]float64, ts[0].NumClasses)
		used   = make([]bool, ts[0].NumClasses)
	)
	for _, k := range keys {
		seen := 0
		clear(sums)
		clear(used)
		for _, t := range ts {
			i, ok := t.index[k]
			if !ok {
				continue
			}
			seen += int(t.seen[i])
			r := &t.rows[i]
			for j, c := range r.cls {
				total := r.total[j] + float64(t.clock-r.stamp[j])*float64(r.w[j])
				sums[c] += total / float64(max(t.clock, 1))
				used[c] = true
			}
		}
		if seen < minCount {
			continue
		}
		var es []averaged
		for c, s := range sums {
			avg := s / float64(len(ts))
			if !used[c] || math.Abs(avg) < float64(minWeight) {
				continue
			}
			es = append(es, averaged{uint16(c), avg})
			maxAbs = max(maxAbs, math.Abs(avg))
		}
		if len(es) == 0 {
			continue
		}
		slices.SortFunc(es, func(a, b averaged) int { return int(a.c) - int(b.c) })
		fkeys = append(fkeys, k)
		frows = append(frows, es)
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	m := &Model{Classes: slices.Clone(classes), Scale: float32(scale)}
	m.keys = fkeys
	m.start = make([]uint32, len(fkeys)+1)
	for i, es := range frows {
		for _, e := range es {
			m.ents = append(m.ents, entry{e.c, int16(math.Round(e.w / scale))})
		}
		m.start[i+1] = uint32(len(m.ents))
	}
	m.buildTable()
	return m
}
