package merge

// joinDefinite merges each event made only of definite noun mentions
// with no time of their own (event.Mention.Definite: "Toure opened the
// summit", "the talks ended"), all told in one document, into the one
// other event of its bucket (rules 1 and 2) that its document tells with
// a mention of one of its types before it (or anywhere, from the lead:
// toldBy), at most soleTypeWindow sentences away: "the summit" names the
// summit the article told, whoever the sentence makes act ("leaders and
// Chirac opened a two-day summit" / "Toure opened the summit"), so rule
// 6's sides do not keep them apart here. Only the definite, dateless,
// numberless noun does this: "a summit", "the two meetings", "Putin's
// visit" or "the summit on Friday" tell their own, and ten shellings of
// one day stay ten. When the document tells two events of the type (not
// counting other such definite ones, which refer too), or the event is
// at another place, of another occasion (a banquet), another journey or
// amount, or told apart ("In a separate incident"), it stays as it is.
func joinDefinite(clusters []*cluster, x *index, opt Options) []*cluster {
	byDoc := byBucketDoc(clusters)
	for j := len(clusters) - 1; j >= 0; j-- {
		b := clusters[j]
		if b.dead || len(b.docs) != 1 || !b.definiteOnly() {
			continue
		}
		only, one := onlyPartner(byDoc, b, func(a *cluster) bool { return !a.definiteOnly() && sharesType(a, b) && !dropped(a, opt) })
		if !one {
			continue
		}
		takes := true
		for _, it := range b.items {
			if !only.definiteTakes(it, opt) {
				takes = false
				break
			}
		}
		if takes {
			clusters = x.moveInto(only, b, clusters, j, opt)
		}
	}
	return clusters
}

// definiteOnly reports whether every mention of c is a definite noun
// with no time expression of its own and no amount (joinDefinite).
func (c *cluster) definiteOnly() bool {
	for _, it := range c.items {
		if !it.m.Definite || it.m.Time != nil || it.strong || len(it.m.Quantities) > 0 {
			return false
		}
	}
	return len(c.items) > 0
}

// definiteTakes reports whether c, its document's one event of the
// type, may take the definite mention it (joinDefinite): told in its
// document before it (or from the lead), at most soleTypeWindow sentences
// away, on a date that holds it (its DCT day within c's date, or c dated
// by its own expression to a day at most dayNewsLagDays before its DCT),
// at no other place, of no other occasion, journey, span or amount, and
// not told apart. Its sides are not compared: "the summit" is c whoever
// opened it.
func (c *cluster) definiteTakes(it *item, opt Options) bool {
	if !c.docs[it.m.Doc] || it.iv == nil || c.iv == nil || !c.toldBy(it) || c.distance(it.m) > soleTypeWindow {
		return false
	}
	if !nests(it.iv, c.iv) && (c.from == nil || !sameOrUnknownDay(it, c)) {
		return false
	}
	return !c.repeatsTrigger(it) && !c.otherOccasion(it) && !c.locationsConflict(it, opt) && !c.otherSpan(it) &&
		!c.otherAmount(it) && !c.apart(it) && !c.journeysApart(it, opt)
}
