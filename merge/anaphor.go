package merge

import "time"

// attachBackground adds each background mention of bg (a definite or
// possessive noun phrase with no time of its own that refers back to an
// event told elsewhere: "during the demonstration", "the signing",
// "Putin's trip"; event.Mention.Background) to the one event it can
// refer to, and drops it when there is not exactly one. Candidates are
// the events of its bucket (rules 1 and 2) with a mention in its
// document that no rule keeps it from: not an anonymous event that will
// be dropped, begun by its DCT (it refers back), its agents not
// conflicting (rule 3), not another instance of the act (rule 6), not at
// another place. It never dates the event nor adds to what the event
// says (type, participants, title, codes: see cluster.event); it adds a
// source, the sentence that tells the event again. bg is in merge order,
// and clusters' membership is final, so the result does not depend on
// the order of the blocks (each background mention looks within its
// bucket only).
func attachBackground(clusters []*cluster, bg []*item, x *index, opt Options) {
	if len(bg) == 0 {
		return
	}
	byDoc := map[string][]*cluster{}
	for _, c := range clusters {
		if !opt.KeepAnonymous && anonymousWeak(c) && len(c.locations) == 0 {
			continue
		}
		for d := range c.docs {
			byDoc[d] = append(byDoc[d], c)
		}
	}
	for _, it := range bg {
		var only *cluster
		n := 0
		for _, c := range byDoc[it.m.Doc] {
			if c.key != bucket(it.m) || c == only || !refersTo(c, it, opt) {
				continue
			}
			only = c
			n++
		}
		if n != 1 {
			continue
		}
		it.iv, it.anaphor = nil, true // it dates nothing
		x.add(only, it, opt)
	}
}

// refersTo reports whether the background mention it may refer to c (see
// attachBackground).
func refersTo(c *cluster, it *item, opt Options) bool {
	if c.iv != nil && !it.dct.IsZero() && c.iv.Start.After(day(it.dct).Add(24*time.Hour-time.Nanosecond)) {
		return false
	}
	return c.shared(it, opt) >= 0 && !c.distinct(it, opt) && !c.locationsConflict(it, opt)
}
