package merge

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/event"
)

// joinOnce gives each event that a single document tells of a named
// person undergoing an act of data/once.yaml (killed, dies) on a date
// that does not nest in the date of the event of that person's same act
// told by the most documents, then the most sentences (ahead of every
// other: a tie gives none), to that event as a source that dates
// nothing: a person dies once, and the lone article that dates it
// otherwise has misdated its retelling ("over the killing of Vell" dated
// by the day of the meeting that discusses it; "Ardenia was due Sunday
// to bury Vell, who died suddenly", dated by the burial's Sunday, in an
// article that tells "Vell died Thursday" below). Like a background
// mention (attachBackground) it adds its sentence to the event's sources
// and nothing else: no date, type, participant, title or code. Only an
// event every mention of which that names anyone names that one person
// as its only target and states no amount joins so ("148 people were
// executed", told with the person wrongly as their target, stays apart);
// the events of one bucket alone are compared (rules 1 and 2), so a
// death and a killing stay as they are.
func joinOnce(clusters []*cluster, x *index, opt Options) []*cluster {
	groups := map[string][]*cluster{}
	for _, c := range clusters {
		for _, p := range oncePersons(c) {
			k := c.key + "\x00" + p
			groups[k] = append(groups[k], c)
		}
	}
	into := map[*cluster]*cluster{}
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		g := groups[k]
		best, tie := g[0], false
		for _, c := range g[1:] {
			switch cmp.Or(cmp.Compare(len(c.docs), len(best.docs)), cmp.Compare(told(c), told(best))) {
			case 1:
				best, tie = c, false
			case 0:
				tie = true
			}
		}
		if tie {
			continue
		}
		p := k[strings.IndexByte(k, 0)+1:]
		for _, b := range g {
			if b == best || len(b.docs) != 1 || into[b] != nil || best.iv == nil || b.iv == nil || nests(best.iv, b.iv) || !onlyOnceOf(b, p) {
				continue
			}
			into[b] = best
		}
	}
	if len(into) == 0 {
		return clusters
	}
	for j := len(clusters) - 1; j >= 0; j-- {
		b := clusters[j]
		dst := into[b]
		if dst == nil {
			continue
		}
		for _, it := range b.items {
			it.iv, it.anaphor = nil, true // it dates nothing
		}
		clusters = x.moveInto(dst, b, clusters, j, opt)
	}
	return clusters
}

// oncePersons returns, sorted, the named persons (person:…) that a
// mention of c of a type of data/once.yaml names as its target.
func oncePersons(c *cluster) []string {
	var out []string
	for _, it := range c.items {
		if it.anaphor || !oncePerPerson[it.m.Type] {
			continue
		}
		for _, p := range it.m.Participants {
			if p.Role == event.Target && strings.HasPrefix(p.ActorID, namedPersonPrefix) && !slices.Contains(out, p.ActorID) {
				out = append(out, p.ActorID)
			}
		}
	}
	slices.Sort(out)
	return out
}

// onlyOnceOf reports whether every mention of c that names anyone tells,
// with a type of data/once.yaml, the person p undergoing it, p its only
// target, and states no amount (joinOnce).
func onlyOnceOf(c *cluster, p string) bool {
	for _, it := range c.items {
		if !oncePerPerson[it.m.Type] && !slices.ContainsFunc(it.m.Participants, func(q event.Participant) bool { return q.Role != event.Location }) {
			continue // a word of the act naming no one ("a hit squad")
		}
		if !oncePerPerson[it.m.Type] || len(it.m.Quantities) > 0 {
			return false
		}
		for _, q := range it.m.Participants {
			if q.Role == event.Target && q.ActorID != p {
				return false
			}
		}
		if !slices.ContainsFunc(it.m.Participants, func(q event.Participant) bool { return q.Role == event.Target && q.ActorID == p }) {
			return false
		}
	}
	return true
}

// told returns how many sentences tell c, over all its documents.
func told(c *cluster) int {
	n := 0
	for _, ss := range c.sents {
		n += len(slices.Compact(slices.Sorted(slices.Values(ss))))
	}
	return n
}
