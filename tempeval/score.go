package tempeval

import (
	"sort"

	"github.com/chronograph-news/chronograph/timeml"
)

// Result is the score of a set of documents.
type Result struct {
	Counts
	// Misses are every error, in document order (documents in the order
	// given, then by offset).
	Misses []Miss
}

// Score scores docs and sums their counts.
func Score(docs []Doc) Result {
	var res Result
	for _, d := range docs {
		c, m := ScoreDoc(d)
		res.Counts.Add(c)
		res.Misses = append(res.Misses, m...)
	}
	return res
}

// ScoreDoc scores one document.
func ScoreDoc(d Doc) (Counts, []Miss) {
	gold := scored(d.Gold)
	sys := scored(d.System)
	c := Counts{Docs: 1, Gold: len(gold), System: len(sys)}
	var misses []Miss
	for _, g := range gold {
		gt := c.typ(g.Type)
		gt.Gold++
		s, ok := bestMatch(g, sys)
		if !ok {
			misses = append(misses, d.miss(Missed, &g, nil))
			continue
		}
		c.RelaxedGold++
		gt.RelaxedGold++
		if s.Start == g.Start && s.End == g.End {
			c.StrictGold++
			gt.StrictGold++
		} else {
			misses = append(misses, d.miss(WrongSpan, &g, &s))
		}
		if s.Type == g.Type {
			c.TypeMatch++
			gt.TypeMatch++
		} else {
			misses = append(misses, d.miss(WrongType, &g, &s))
		}
		if s.Value == g.Value {
			c.ValueMatch++
			gt.ValueMatch++
		} else {
			misses = append(misses, d.miss(WrongValue, &g, &s))
		}
	}
	for _, s := range sys {
		st := c.typ(s.Type)
		st.System++
		strict, relaxed := false, false
		for _, g := range gold {
			if overlap(s, g) > 0 {
				relaxed = true
				if s.Start == g.Start && s.End == g.End {
					strict = true
				}
			}
		}
		if relaxed {
			c.RelaxedSys++
			st.RelaxedSys++
		} else {
			misses = append(misses, d.miss(Spurious, nil, &s))
		}
		if strict {
			c.StrictSystem++
			st.StrictSystem++
		}
	}
	sort.SliceStable(misses, func(i, j int) bool { return misses[i].Start < misses[j].Start })
	return c, misses
}

// scored returns the expressions with a non-empty span, sorted by offset.
func scored(ts []timeml.Timex) []timeml.Timex {
	var out []timeml.Timex
	for _, t := range ts {
		if t.End > t.Start {
			out = append(out, t)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	})
	return out
}

func overlap(a, b timeml.Timex) int {
	lo, hi := max(a.Start, b.Start), min(a.End, b.End)
	return max(0, hi-lo)
}

// bestMatch returns the system expression matched to gold expression g: the
// one with the same span if any, else the one overlapping it most (the
// first on a tie).
func bestMatch(g timeml.Timex, sys []timeml.Timex) (timeml.Timex, bool) {
	best, bestOv := -1, 0
	for i, s := range sys {
		if s.Start == g.Start && s.End == g.End {
			return s, true
		}
		if ov := overlap(g, s); ov > bestOv {
			best, bestOv = i, ov
		}
	}
	if best < 0 {
		return timeml.Timex{}, false
	}
	return sys[best], true
}
