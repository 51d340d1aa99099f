package merge

import (
	"cmp"
	"slices"
	"testing"
)

// TestCandidatesSuperset checks, mention by mention, that the index lists
// every event that may take the mention: no live event of its bucket
// outside the candidates scores 0 or more, for mentions of many documents
// and of one long document. (TestIndexMatchesScan checks
// the end result; this names the first mention the index would lose.)
func TestCandidatesSuperset(t *testing.T) {
	o := randomOptions()
	for seed := range uint64(16) {
		ms := randomMentions(seed, 150+100*int(seed))
		if seed >= 12 {
			ms = oneDocument(seed, 300*int(seed-10))
		}
		x := newIndex()
		items := make([]*item, 0, len(ms))
		for i := range ms {
			items = append(items, newItem(&ms[i], o.DCT, o.DCTRange))
		}
		dateFromSentence(items, o)
		slices.SortFunc(items, func(a, b *item) int { return cmp.Or(compareItems(a, b), compareTies(a, b)) })
		for _, it := range items {
			key := bucket(it.m)
			cands := x.candidates(key, it.iv, it, o)
			in := map[*cluster]bool{}
			for _, c := range cands {
				in[c] = true
			}
			if b := x.buckets[key]; b != nil {
				for _, c := range b.all {
					for _, late := range []bool{false, true} {
						if !c.dead && !in[c] && c.score(it, o, late) >= 0 {
							t.Fatalf("seed %d: mention of %s (agents and counterparts %v, sides %v, place %q) not offered event of %v (places %v, sides %v), which scores %d",
								seed, it.m.Doc, it.core[1], it.sides, it.m.Location, c.docs, c.locations, c.sides, c.score(it, o, late))
						}
					}
				}
			}
			if c := best(cands, it, o); c != nil {
				x.add(c, it, o)
			} else if it.iv != nil {
				x.create(key, it, o)
			}
		}
	}
}
