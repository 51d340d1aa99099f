package merge

import "time"

// attachBackground adds each background mention of bg that refers back
// to an event told elsewhere ("during the demonstration", "the signing",
// "Putin's trip"; event.Mention.Anaphor) to the one event it can refer
// to, and drops it when there is not exactly one. Candidates are the
// events of its bucket (rules 1 and 2) told in its document (toldBy)
// that no rule keeps it from: not an anonymous event that will be
// dropped, begun by its DCT (it refers back), naming every actor it
// names (or an actor inside it), naming no side the event lacks
// (holdsSides), not another instance of the act (rule 6), not at another
// place. It never dates the event nor adds to what the event
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
		if dropped(c, opt) {
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
	if !c.toldBy(it) {
		return false
	}
	if c.iv != nil && !it.dct.IsZero() && c.iv.Start.After(day(it.dct).Add(24*time.Hour-time.Nanosecond)) {
		return false
	}
	for _, id := range it.all {
		if !c.core[id] && !c.coreAff[id] {
			return false // "Putin's trip" is not Shoigu's
		}
	}
	return !c.distinct(it, opt) && !c.locationsConflict(it, opt) && !c.apart(it) && c.holdsSides(it, opt)
}

// holdsSides reports whether every side the background mention it names
// (its targets, recipients, counterparts: sides) is, or lies inside or
// around, an actor or place c names in any role and of any type of its
// row, or a named person a generic one of c may describe ("a Pakistani
// man was convicted" / "the verdict on Khalid Awan": describedAs): "the
// killing of a detainee in custody" names a victim the air strike on a
// base told before it does not, and refers to another act. An event
// naming no side and no agent or counterpart tells nothing to compare
// ("the funeral was held" / "the funeral of Nadir Said").
func (c *cluster) holdsSides(it *item, opt Options) bool {
	if len(it.sides) == 0 {
		return true
	}
	named := map[string]bool{}
	for _, set := range c.sides {
		for id := range set {
			named[id] = true
		}
	}
	for id := range c.core {
		named[id] = true
	}
	if len(named) == 0 {
		return true
	}
	for id := range c.locations {
		named[id] = true
	}
	for id := range it.sides {
		if !related(id, named, opt.Affiliation) && !c.describes(id, named, opt) {
			return false
		}
	}
	return true
}

// describes reports whether a generic actor of named may describe the
// named person id, or id, generic, a person of named (describedAs).
func (c *cluster) describes(id string, named map[string]bool, opt Options) bool {
	for x := range named {
		if describedAs(x, id, opt.Affiliation) || describedAs(id, x, opt.Affiliation) {
			return true
		}
	}
	return false
}

// leadSentences is how many sentences open an article as its lead: a
// lead sums up what the body tells after it, so a reference there
// ("condemned the assassination earlier in the day") may point forward.
const leadSentences = 2

// toldBy reports whether c has a mention (not itself a background one) in
// the document of the background mention it that it may refer to: one
// told before it or in its sentence, or any when it is in the lead. A
// reference points back; an event told only after it ("the signing of
// the treaty" early in an article whose only agreement told is a
// ceasefire of its last lines) is another one.
func (c *cluster) toldBy(it *item) bool {
	for _, m := range c.items {
		if !m.anaphor && m.m.Doc == it.m.Doc && (m.m.Sentence <= it.m.Sentence || it.m.Sentence < leadSentences) {
			return true
		}
	}
	return false
}
