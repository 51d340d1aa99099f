// Package tempeval scores time expressions against gold annotations the way
// TempEval-3 Task A does (UzZaman et al., SemEval 2013, and its official
// scorer):
//
//   - strict match: a system expression with exactly the span of a gold one;
//   - relaxed match: a system expression that overlaps a gold one;
//   - precision counts the system expressions that match some gold one,
//     recall the gold expressions matched by some system one, F1 their
//     harmonic mean;
//   - attribute (type, value) accuracy is the share of relaxed-matched gold
//     expressions whose matched system expression has the same attribute,
//     and attribute F1 = accuracy × relaxed F1 (equivalently, attribute
//     P and R are accuracy × relaxed P and R).
//
// Counts are summed over all documents before the scores are computed
// (micro average). Expressions with an empty span (TimeML's empty TIMEX3
// elements) are not scored, as in the official scorer.
//
// Scoring is a pure function of in-memory documents (Doc); Pair reads a
// gold folder of TimeML files and pairs each with the system's annotation
// (a tagger's, or another folder's).
package tempeval

import (
	"sort"

	"github.com/chronograph-news/chronograph/timeml"
)

// Doc is one document with its gold and system expressions. Offsets of
// both are byte offsets into Text.
type Doc struct {
	Name   string // shown in misses, e.g. the file name
	Text   string
	Gold   []timeml.Timex
	System []timeml.Timex
}

// Counts are the raw counts behind the scores.
type Counts struct {
	Docs   int
	Gold   int // gold expressions
	System int // system expressions

	StrictGold   int // gold expressions with a system expression of the same span
	StrictSystem int // system expressions with a gold expression of the same span
	RelaxedGold  int // gold expressions overlapped by a system expression
	RelaxedSys   int // system expressions overlapping a gold expression

	TypeMatch  int // relaxed-matched gold expressions whose system type is equal
	ValueMatch int // relaxed-matched gold expressions whose system value is equal

	// ByType breaks the counts down by TIMEX3 type: the gold-side counts
	// (Gold, StrictGold, RelaxedGold, TypeMatch, ValueMatch) by the gold
	// expression's type, the system-side ones (System, StrictSystem,
	// RelaxedSys) by the system expression's type. Its entries have no
	// ByType of their own. Nil when there are no expressions.
	ByType map[string]*Counts
}

// typ returns the counts of type t, creating them.
func (c *Counts) typ(t string) *Counts {
	if c.ByType == nil {
		c.ByType = map[string]*Counts{}
	}
	tc := c.ByType[t]
	if tc == nil {
		tc = &Counts{}
		c.ByType[t] = tc
	}
	return tc
}

// Types returns the keys of ByType, sorted.
func (c Counts) Types() []string {
	ts := make([]string, 0, len(c.ByType))
	for t := range c.ByType {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// Add adds the counts of o to c.
func (c *Counts) Add(o Counts) {
	c.Docs += o.Docs
	c.Gold += o.Gold
	c.System += o.System
	c.StrictGold += o.StrictGold
	c.StrictSystem += o.StrictSystem
	c.RelaxedGold += o.RelaxedGold
	c.RelaxedSys += o.RelaxedSys
	c.TypeMatch += o.TypeMatch
	c.ValueMatch += o.ValueMatch
	for t, tc := range o.ByType {
		c.typ(t).Add(*tc)
	}
}

// PRF is a precision, recall and F1, each in [0, 1].
type PRF struct {
	P, R, F1 float64
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func prf(p, r float64) PRF {
	s := PRF{P: p, R: r}
	if p+r > 0 {
		s.F1 = 2 * p * r / (p + r)
	}
	return s
}

// Strict returns the exact-span scores.
func (c Counts) Strict() PRF {
	return prf(ratio(c.StrictSystem, c.System), ratio(c.StrictGold, c.Gold))
}

// Relaxed returns the overlap scores.
func (c Counts) Relaxed() PRF {
	return prf(ratio(c.RelaxedSys, c.System), ratio(c.RelaxedGold, c.Gold))
}

// attr scales the relaxed scores by the accuracy of an attribute.
func (c Counts) attr(match int) PRF {
	acc := ratio(match, c.RelaxedGold)
	r := c.Relaxed()
	return PRF{P: acc * r.P, R: acc * r.R, F1: acc * r.F1}
}

// Type returns the type scores (accuracy × relaxed).
func (c Counts) Type() PRF { return c.attr(c.TypeMatch) }

// Value returns the value scores (accuracy × relaxed).
func (c Counts) Value() PRF { return c.attr(c.ValueMatch) }

// TypeAccuracy is the share of relaxed matches with the right type.
func (c Counts) TypeAccuracy() float64 { return ratio(c.TypeMatch, c.RelaxedGold) }

// ValueAccuracy is the share of relaxed matches with the right value.
func (c Counts) ValueAccuracy() float64 { return ratio(c.ValueMatch, c.RelaxedGold) }
