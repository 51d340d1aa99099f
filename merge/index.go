package merge

import (
	"cmp"
	"slices"

	"github.com/chronograph-news/chronograph/timex"
)

// wideYears is the span beyond which an interval is not indexed by year
// but kept on a list every lookup scans.
const wideYears = 5

// index finds the events that may take a mention without comparing it
// with every event: by bucket (factuality class and type row), then by
// the calendar years the date intervals touch. Events only ever become
// more precise, so the years an event was indexed under stay a superset
// of the ones it touches.
type index struct {
	all   map[string][]*cluster
	years map[string]map[int][]*cluster
	wide  map[string][]*cluster
	next  int // creation number of the next cluster
}

func newIndex() *index {
	return &index{all: map[string][]*cluster{}, years: map[string]map[int][]*cluster{}, wide: map[string][]*cluster{}}
}

// add numbers c and indexes it under its bucket and years.
func (x *index) add(c *cluster) {
	c.n = x.next
	x.next++
	x.all[c.key] = append(x.all[c.key], c)
	y0, y1 := c.iv.Start.Year(), c.iv.End.Year()
	if y1-y0 >= wideYears {
		x.wide[c.key] = append(x.wide[c.key], c)
		return
	}
	if x.years[c.key] == nil {
		x.years[c.key] = map[int][]*cluster{}
	}
	for y := y0; y <= y1; y++ {
		x.years[c.key][y] = append(x.years[c.key][y], c)
	}
}

// candidates returns the live events of bucket key whose years meet iv's,
// in creation order (all of the bucket when iv is nil or wide).
func (x *index) candidates(key string, iv *timex.Interval) []*cluster {
	var out []*cluster
	switch {
	case iv == nil || iv.End.Year()-iv.Start.Year() >= wideYears:
		out = slices.Clone(x.all[key])
	case iv.Start.Year() == iv.End.Year() && len(x.wide[key]) == 0:
		out = slices.Clone(x.years[key][iv.Start.Year()]) // already in creation order
	default:
		seen := map[*cluster]bool{}
		for y := iv.Start.Year(); y <= iv.End.Year(); y++ {
			for _, c := range x.years[key][y] {
				if !seen[c] {
					seen[c] = true
					out = append(out, c)
				}
			}
		}
		out = append(out, x.wide[key]...)
		slices.SortFunc(out, func(a, b *cluster) int { return cmp.Compare(a.n, b.n) })
	}
	return slices.DeleteFunc(out, func(c *cluster) bool { return c.dead })
}
