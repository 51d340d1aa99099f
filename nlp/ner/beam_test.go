package ner

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/perceptron"
)

// randomScorer returns a scorer of n words whose static and history
// scores are random but fixed (a function of the word and the classes).
func randomScorer(n, seed int) scorer[int32] {
	nc := numClasses
	r := rand.New(rand.NewPCG(uint64(seed), 7))
	static := make([]int32, n*nc)
	hist := make([]int32, n*(nc+1)*(nc+1)*nc)
	for i := range static {
		static[i] = int32(r.IntN(200) - 100)
	}
	for i := range hist {
		hist[i] = int32(r.IntN(200) - 100)
	}
	return scorer[int32]{
		nc:     nc,
		static: func(i int, scores []int32) { copy(scores, static[i*nc:(i+1)*nc]) },
		history: func(i, prev1, prev2 int, scores []int32) {
			k := ((i*(nc+1)+prev1+1)*(nc+1) + prev2 + 1) * nc
			for c := range scores {
				scores[c] += hist[k+c]
			}
		},
	}
}

// pathScore returns the score of labelling the words with classes.
func pathScore(sc scorer[int32], classes []int) int32 {
	total := int32(0)
	scores := make([]int32, sc.nc)
	for i, c := range classes {
		p1, p2 := goldPrev(classes, i)
		sc.static(i, scores)
		sc.history(i, p1, p2, scores)
		total += scores[c]
	}
	return total
}

// bruteBest returns the best score of an allowed labelling of n words.
func bruteBest(sc scorer[int32], n int) int32 {
	best, found := int32(0), false
	classes := make([]int, n)
	var walk func(i int)
	walk = func(i int) {
		if i == n {
			if s := pathScore(sc, classes); !found || s > best {
				best, found = s, true
			}
			return
		}
		prev := -1
		if i > 0 {
			prev = classes[i-1]
		}
		for c := range sc.nc {
			if allowed(prev, c, i, n) {
				classes[i] = c
				walk(i + 1)
			}
		}
	}
	walk(0)
	return best
}

// TestBeamExact: with room for every pair of last classes, the beam
// search (merging labellings of the same history) finds the best
// labelling, as an exhaustive search does; its score is the one it
// reports; and a narrower beam never finds a better one.
func TestBeamExact(t *testing.T) {
	for seed := range 6 {
		for n := 1; n <= 3; n++ {
			sc := randomScorer(n, seed)
			var b beam[int32]
			b.search(n, (numClasses+1)*(numClasses+1), sc, nil)
			got := make([]int, n)
			b.path(0, got)
			want := bruteBest(sc, n)
			if s := pathScore(sc, got); s != want || b.steps[n-1][0].score != want {
				t.Errorf("seed %d, %d words: beam path %v scores %d (reported %d), best %d", seed, n, got, s, b.steps[n-1][0].score, want)
			}
			for i, c := range got {
				p, _ := goldPrev(got, i)
				if !allowed(p, c, i, n) {
					t.Errorf("seed %d: path %v breaks the constraints at %d", seed, got, i)
				}
			}
			var narrow beam[int32]
			narrow.search(n, 2, sc, nil)
			if s := narrow.steps[n-1][0].score; s > want {
				t.Errorf("seed %d, %d words: width 2 scores %d above the best %d", seed, n, s, want)
			}
		}
	}
}

// TestBeamWidthOneIsGreedy: a beam of one is the greedy decoder, each
// word taking its best allowed class after the classes chosen before.
func TestBeamWidthOneIsGreedy(t *testing.T) {
	n := 8
	for seed := range 5 {
		sc := randomScorer(n, seed)
		want := make([]int, n)
		scores := make([]int32, sc.nc)
		for i := range n {
			p1, p2 := goldPrev(want, i)
			sc.static(i, scores)
			sc.history(i, p1, p2, scores)
			want[i] = perceptron.Best(scores, func(c int) bool { return allowed(p1, c, i, n) })
		}
		var b beam[int32]
		b.search(n, 1, sc, nil)
		got := make([]int, n)
		b.path(0, got)
		if !slices.Equal(got, want) {
			t.Errorf("seed %d: width 1 %v, greedy %v", seed, got, want)
		}
	}
}

// TestBeamDistinctHistories: no two hypotheses kept after a word end in
// the same two classes, and they come best first.
func TestBeamDistinctHistories(t *testing.T) {
	n := 6
	sc := randomScorer(n, 3)
	var b beam[int32]
	b.search(n, 8, sc, nil)
	for i, step := range b.steps[:n] {
		seen := map[[2]int]bool{}
		for k, h := range step {
			key := [2]int{h.prev1, h.prev2}
			if seen[key] {
				t.Errorf("word %d: history %v kept twice", i, key)
			}
			seen[key] = true
			if k > 0 && h.score > step[k-1].score {
				t.Errorf("word %d: hypothesis %d scores above the one before it", i, k)
			}
		}
		if i > 0 && len(step) != 8 {
			t.Errorf("word %d: %d hypotheses, want 8", i, len(step))
		}
	}
}

// TestLearnerUpdates: the structured learner leaves the weights alone
// when the beam's best labelling is the gold one, and otherwise moves
// them until it is.
func TestLearnerUpdates(t *testing.T) {
	s := toy("Ann/PROPN/B-PER Berg/PROPN/I-PER ran/VERB to/ADP Oslo/PROPN/B-LOC")
	ex := example{x: newSentence(nil, &s, nil, nil), gold: toBILOU(Gold(&s))}
	tr := perceptron.NewTrainer(numClasses)
	var l learner
	wrong := l.learn(tr, &ex, trainWidth)
	if wrong == 0 || tr.Features() == 0 {
		t.Fatalf("untrained: %d words wrong, %d features updated; want an update", wrong, tr.Features())
	}
	for range 20 {
		if wrong = l.learn(tr, &ex, trainWidth); wrong == 0 {
			break
		}
	}
	if wrong != 0 {
		t.Fatalf("still %d words wrong after training", wrong)
	}
	// Learned: the gold labelling is the best after every word, so a
	// further pass finds no violation and changes nothing.
	if at := l.violation(ex.x.n); at >= 0 {
		t.Errorf("violation at word %d after learning", at)
	}
	before := tr.Freeze(classNames(), 0, 0).NumFeatures()
	l.learn(tr, &ex, trainWidth)
	if after := tr.Freeze(classNames(), 0, 0).NumFeatures(); after != before {
		t.Errorf("features %d → %d on a learned sentence", before, after)
	}
}
