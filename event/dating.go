package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/timex"
)

// date finds the time expression that dates trigger t: the nearest DATE or
// TIME expression in the trigger's own clause ("met Kim on Friday"), else
// one opening the sentence ("In June 2024, ..."), else the nearest one in
// the sentence (local = false). DURATION and SET expressions, and vague
// references (PAST_REF), date nothing. It returns nil when the sentence
// has none: the event then takes the publication date.
func (s *sent) date(t *trigger) (x *timex.Timex, local bool) {
	var cands []int // token index of each candidate's first token
	seen := map[int]bool{}
	for i := s.first; i < s.last; i++ {
		xi := s.d.timexAt[i]
		if xi < 0 || seen[xi] {
			continue
		}
		seen[xi] = true
		tx := &s.d.in.Times[xi]
		if (tx.Type != timex.Date && tx.Type != timex.Time) || tx.Value == "" || strings.HasSuffix(tx.Value, "_REF") {
			continue
		}
		cands = append(cands, i)
	}
	if len(cands) == 0 {
		return nil, false
	}
	// the clause around the trigger
	lo := t.start
	for lo-1 >= s.first && !clauseStops[s.word(lo-1)] && s.word(lo-1) != "," && !s.endsTrigger(lo-1, t) {
		lo--
	}
	hi := t.end
	for hi < s.last && (!objectStops[s.word(hi)] || s.d.timexAt[hi] >= 0) {
		if o := s.triggerAt(hi); o != nil && !o.noun {
			break
		}
		hi++
	}
	best, bestD := -1, 1<<30
	for _, c := range cands {
		if c < lo || c >= hi {
			continue
		}
		d := c - t.end
		if c < t.start {
			d = t.start - c
		}
		if d < bestD {
			best, bestD = c, d
		}
	}
	if best >= 0 {
		return &s.d.in.Times[s.d.timexAt[best]], true
	}
	for _, c := range cands {
		if c <= s.first+2 {
			return &s.d.in.Times[s.d.timexAt[c]], true
		}
	}
	for _, c := range cands {
		d := c - t.end
		if c < t.start {
			d = t.start - c
		}
		if d < bestD {
			best, bestD = c, d
		}
	}
	return &s.d.in.Times[s.d.timexAt[best]], false
}

// endsTrigger reports whether token i is the last token of a verb trigger
// other than t.
func (s *sent) endsTrigger(i int, t *trigger) bool {
	for _, o := range s.triggers {
		if o != t && !o.noun && o.end-1 == i {
			return true
		}
	}
	return false
}
