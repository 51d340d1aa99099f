package event

import (
	"strings"
	"time"
)

// Events told as after an old moment. A clause with no time of its own
// that says it came after a happening the sentence dates well before the
// publication ("The Security Council passed a resolution imposing
// sanctions after its October 9 missile test", in a December paper) lies
// between that moment and the publication: the day is unknown, and the
// day of publication, which news would have named ("on Friday"), is the
// least likely of all. Such a mention is bounded by the publication date
// (basis PublicationBound) instead of taking it. The anchor must end at
// least afterAnchorDays before the publication date: "launched air strikes
// after a rocket attack on Sunday", in a Monday paper, is still the day's
// news.

// afterAnchorDays is how many days before the publication date the time
// of an "after" phrase must end for its clause to be no news of the day.
const afterAnchorDays = 7

// afterAnchors mark the oblique that tells what a clause came after
// (data/words.yaml).
var afterAnchors = wordList("after_anchors")

// afterOld reports whether the clause of trigger t (its verb, or the verb
// a noun trigger stands in, and the verbs that clause hangs on through an
// adverbial or complement participle with no subject of its own: "passed
// a resolution imposing sanctions after ...") has an oblique marked by one
// of afterAnchors ("after", "following"; not "since", which opens a state:
// "its best level since 1997"), or an adverbial clause one of them opens
// ("after carrying out a test on October 9"), whose phrase holds a time
// expression ending afterAnchorDays or more before the publication date;
// or a verb coordinated after t's verb with no subject of its own has one
// ("captured and then annexed the district after the 1967 war": the first
// act came no later than the second). It is false without a parse or a
// publication date.
func (s *sent) afterOld(t *trigger) bool {
	if s.tree() == nil || s.d.in.DCT.IsZero() {
		return false
	}
	tr := s.tr
	cur, ok := s.triggerNode(t)
	for depth := 0; ok && !tr.verbal(cur) && depth < maxTreeWalk; depth++ {
		cur, ok = tr.head(cur)
	}
	limit := daysBeforeDCT(s.d.in.DCT, afterAnchorDays)
	anchored := func(v node) bool {
		for _, k := range tr.kids(v, func(r string) bool { return baseRel(r) == "obl" }) {
			if afterAnchors[tr.caseWord(k)] && s.oldTimeIn(k, limit) {
				return true
			}
		}
		for _, k := range tr.kids(v, is("advcl")) {
			if s.afterClause(k) && s.oldTimeIn(k, limit) {
				return true // "After carrying out a test on October 9, it agreed"
			}
		}
		return false
	}
	for depth := 0; ok && tr.verbal(cur) && depth < maxConj; depth++ {
		if anchored(cur) {
			return true
		}
		for _, c := range tr.kids(cur, is("conj")) {
			if tr.verbal(c) && len(tr.kids(c, is("nsubj", "nsubj:pass", "mark"))) == 0 && anchored(c) {
				// "captured and then annexed the district after the
				// 1967 war": the first of the acts the later one's
				// "after" phrase follows came no later
				return true
			}
		}
		if !bareParticiple(tr, cur) {
			break
		}
		cur, ok = tr.head(cur)
	}
	if !ok || !tr.verbal(cur) {
		return false
	}
	for _, k := range tr.kids(cur, is("advcl", "xcomp")) {
		if bareParticiple(tr, k) && anchored(k) {
			return true // "passed a resolution imposing sanctions after ..."
		}
	}
	return false
}

// afterClause reports whether the adverbial clause n opens with one of
// afterAnchors as its subordinator ("after carrying out a test", "after
// the rebels seized the town").
func (s *sent) afterClause(n node) bool {
	for _, k := range s.tr.kids(n, is("mark")) {
		if afterAnchors[strings.ToLower(s.tr.w(k).Form)] {
			return true
		}
	}
	return false
}

// bareParticiple reports whether n is an -ing participle adjunct or
// complement with no subject or subordinator of its own, whose event is
// part of its head's clause.
func bareParticiple(tr *tree, n node) bool {
	r := tr.rel(n)
	return (r == "advcl" || r == "xcomp" || r == "acl") && tr.w(n).XPOS == "VBG" && len(tr.kids(n, is("nsubj", "nsubj:pass", "mark"))) == 0
}

// oldTimeIn reports whether the phrase of n holds a time expression that
// dates events and ends before limit.
func (s *sent) oldTimeIn(n node, limit time.Time) bool {
	lo, hi := s.subtreeTokens(n)
	for i := lo; i <= hi; i++ {
		xi := s.d.timexAt[i]
		if xi < 0 {
			continue
		}
		x := &s.d.in.Times[xi]
		if datesEvents(x) && x.Interval != nil && x.Interval.End.Before(limit) {
			return true
		}
	}
	return false
}

// bindAfterOld bounds by the publication date each asserted or reported
// mention of the sentence, undated, whose clause is told as after an old
// moment (afterOld; see above).
func (s *sent) bindAfterOld(ts []*trigger, ms []Mention) {
	for k, t := range ts {
		m := &ms[k]
		if !dayOfPublication(m) {
			continue
		}
		if s.afterOld(t) {
			m.Basis = PublicationBound
		}
	}
}
