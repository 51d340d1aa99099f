package event

// The deal a signing makes. A club signing a player ("signed the pitcher
// to a four-year contract, a deal worth 42 million dollars") makes one
// business deal; the accord noun in the verb's own phrase (its oblique,
// its object, or a noun in apposition to one of them) names that deal, no
// second agreement beside it. The noun trigger gives way to the verb
// (signedDeal), as mergeObjects folds a noun of the verb's own type into
// it.

// signedDeal reports whether the noun trigger n, an agreement, lies in the
// phrase of a business-deal verb trigger of the sentence: the first verb
// above it in the parse, over nouns only, is that trigger's. It is false
// without a parse.
func (s *sent) signedDeal(n *trigger) bool {
	if !n.noun || n.e.Type != Agreement || s.tree() == nil {
		return false
	}
	tr := s.tr
	cur, ok := s.triggerNode(n)
	for depth := 0; ok && !tr.verbal(cur) && depth < maxTreeWalk; depth++ {
		cur, ok = tr.head(cur)
	}
	if !ok || !tr.verbal(cur) {
		return false
	}
	for _, v := range s.triggers {
		if v.noun || v.e.Type != BusinessDeal {
			continue
		}
		if vn, ok := s.triggerNode(v); ok && vn == cur {
			return true
		}
	}
	return false
}
