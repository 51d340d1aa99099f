package merge

// partner.go: the index the one-document passes share (joinSoleType,
// joinDefinite, joinUnderWay): each looks, for an event told in one
// document, for the one other event of its bucket and document that may
// take it.

// docKey is a bucket (rules 1 and 2) and a document.
type docKey struct{ key, doc string }

// byBucketDoc indexes clusters by each bucket and document they are told
// in.
func byBucketDoc(clusters []*cluster) map[docKey][]*cluster {
	byDoc := map[docKey][]*cluster{}
	for _, c := range clusters {
		for d := range c.docs {
			k := docKey{c.key, d}
			byDoc[k] = append(byDoc[k], c)
		}
	}
	return byDoc
}

// onlyPartner returns the one live event other than b, of b's bucket and
// its one document, that fits, and whether there is exactly one (with
// two, b's reference is ambiguous and b stays as it is).
func onlyPartner(byDoc map[docKey][]*cluster, b *cluster, fits func(a *cluster) bool) (*cluster, bool) {
	var doc string
	for d := range b.docs {
		doc = d
	}
	var only *cluster
	n := 0
	for _, a := range byDoc[docKey{b.key, doc}] {
		if a == b || a.dead || !fits(a) {
			continue
		}
		only = a
		n++
	}
	return only, n == 1
}
