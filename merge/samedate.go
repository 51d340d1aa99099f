package merge

// sameAnonymousDate reports whether it, a mention of c's document, tells
// c again by the weakest evidence of rule 3 for a date coarser than a day:
// neither names an agent or counterpart, c has a mention of exactly its
// type, both are dated by their own expressions to exactly the same
// interval (the same year, month or week: "a massacre 23 years ago" /
// "the massacre of 163 farmers in 1982"), and they state no different
// amounts of one unit ("5,000 killed in 1994" / "300 killed in 1994" are
// two happenings of the year). The caller checks the document and places,
// and an event taking it only so must be the one that does (best, absorb).
func sameAnonymousDate(c *cluster, it *item) bool {
	if !it.strong || it.iv == nil || c.from == nil || !c.from.strong || c.iv == nil ||
		withinDay(it.gran) || it.gran != c.from.gran || !c.types[it.m.Type] ||
		len(it.all) > 0 || len(c.core) > 0 {
		return false
	}
	if !it.iv.Start.Equal(c.iv.Start) || !it.iv.End.Equal(c.iv.End) {
		return false
	}
	return !c.otherAmount(it)
}

// otherAmount reports whether it and a mention of c state amounts of one
// unit that do not overlap.
func (c *cluster) otherAmount(it *item) bool {
	for _, q := range it.m.Quantities {
		for _, o := range c.items {
			for _, p := range o.m.Quantities {
				if p.Unit == q.Unit && (p.Max < q.Min || q.Max < p.Min) {
					return true
				}
			}
		}
	}
	return false
}
