package merge

import "time"

// joinUnderWay merges each event of one document told by a participle of
// an act under way (event.Mention.UnderWay: "a joint inquiry with
// visiting Dutch officers", said on Tuesday), with no other mention dated
// by its own expression, into the one other event of its bucket that its
// document tells with a mention of the same lasting type (maxSpan),
// begun by its own expression on or before the participle's day and at
// most that type's longest span before it ("the officers arrived in The
// Hague on May 2"), sharing an agent or counterpart with every mention
// that names one, at no other place or journey, and no other instance of
// the act (rule 6): the trip under way is the trip begun then, told
// again. Its mentions join as sources only, as a background reference
// does (attachBackground): the trip keeps the day it began, and its
// participants and title, the participle's phrase saying who travels
// rather than what they did ("visiting British detectives into the
// death of X" names no one visited).
func joinUnderWay(clusters []*cluster, x *index, opt Options) []*cluster {
	byDoc := byBucketDoc(clusters)
	for j := len(clusters) - 1; j >= 0; j-- {
		b := clusters[j]
		if b.dead || len(b.docs) != 1 || !b.underWay() {
			continue
		}
		only, one := onlyPartner(byDoc, b, func(a *cluster) bool { return !dropped(a, opt) && a.begunBefore(b) })
		if !one {
			continue
		}
		takes := true
		for _, it := range b.items {
			if len(it.all) > 0 && only.shared(it, opt) <= 0 || only.distinct(it, opt) || only.locationsConflict(it, opt) ||
				only.journeysApart(it, opt) || only.apart(it) {
				takes = false
				break
			}
		}
		if takes {
			for _, it := range b.items {
				it.iv, it.anaphor = nil, true // a source of the trip, nothing more
			}
			clusters = x.moveInto(only, b, clusters, j, opt)
		}
	}
	return clusters
}

// underWay reports whether c has a mention of a lasting type (maxSpan)
// told as under way (event.Mention.UnderWay) and every other mention of
// it has no time of its own.
func (c *cluster) underWay() bool {
	found := false
	for _, it := range c.items {
		switch {
		case it.m.UnderWay && maxSpan[it.m.Type] > 0:
			found = true
		case it.strong:
			return false
		}
	}
	return found && c.iv != nil
}

// begunBefore reports whether c, dated to a day by its own expression,
// has a mention of a lasting type of b's and begins on or before b's day
// and at most that type's longest span (maxSpan) before it.
func (c *cluster) begunBefore(b *cluster) bool {
	if c.from == nil || !c.from.strong || !withinDay(c.from.gran) || c.iv == nil || b.iv == nil {
		return false
	}
	limit := spanLimit(c, b)
	if limit < 0 {
		return false
	}
	start, at := day(c.iv.Start), day(b.iv.Start)
	return !start.After(at) && !start.Before(at.Add(-time.Duration(limit)*24*time.Hour))
}
