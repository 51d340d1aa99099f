package merge

import "time"

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

// datedApart reports whether a and b are both dated by their own
// expressions (cluster.from) to intervals more than dayNewsLagDays
// apart: two happenings, whatever else they share (rule 4), so a is no
// event b may tell again, and no rival of the one that is (joinSoleType):
// "their kidnapping earlier in the day" and "the two were
// abducted by militants" tell one kidnapping of the day, whatever other
// kidnapping "in October" the article recalls. Events of nearby days
// still compete for a mention whose day is loosely told (the day's news
// tells the days before).
func datedApart(a, b *cluster) bool {
	if a.from == nil || b.from == nil || !a.from.strong || !b.from.strong || a.iv == nil || b.iv == nil {
		return false
	}
	lag := time.Duration(dayNewsLagDays) * 24 * time.Hour
	return lastInstant(a.iv).Add(lag).Before(b.iv.Start) || lastInstant(b.iv).Add(lag).Before(a.iv.Start)
}
